package io.grantline.projections.sagarun;

import static io.grantline.projections.jooq.Tables.SAGA_RUN;
import static io.grantline.projections.jooq.Tables.SAGA_RUN_STEP;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunFailed;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunRetried;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepFinished;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunSucceeded;
import io.grantline.api.sagarun.SagaRunState;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The saga_run and saga_run_step tables, kept from the SagaRun events; every write is an upsert or a set. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class SagaRunProjection {

    private final DSLContext db;

    public SagaRunProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(SagaRunStarted event, @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        db.insertInto(SAGA_RUN)
                .set(SAGA_RUN.RUN_ID, event.runId())
                .set(SAGA_RUN.KIND, event.kind().name())
                .set(SAGA_RUN.TARGET_URI, event.targetUri())
                .set(SAGA_RUN.TARGET_TYPE, event.targetType())
                .set(SAGA_RUN.STATE, SagaRunState.RUNNING.name())
                .set(SAGA_RUN.ATTEMPTS, 0)
                .set(SAGA_RUN.CORRELATION_ID, correlationId)
                .set(SAGA_RUN.RETRY_OF, event.retryOf())
                .set(SAGA_RUN.STARTED, utc(event.started()))
                .set(SAGA_RUN.UPDATED, utc(event.started()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(SagaRunStepStarted event) {
        db.insertInto(SAGA_RUN_STEP)
                .set(SAGA_RUN_STEP.RUN_ID, event.runId())
                .set(SAGA_RUN_STEP.STEP, event.step())
                .set(SAGA_RUN_STEP.ATTEMPT, event.attempt())
                .set(SAGA_RUN_STEP.STARTED, utc(event.started()))
                .onConflict(SAGA_RUN_STEP.RUN_ID, SAGA_RUN_STEP.STEP, SAGA_RUN_STEP.ATTEMPT)
                .doUpdate().set(SAGA_RUN_STEP.FINISHED, (java.time.OffsetDateTime) null)
                .set(SAGA_RUN_STEP.ERROR, (String) null)
                .execute();
        db.update(SAGA_RUN)
                .set(SAGA_RUN.CURRENT_STEP, event.step())
                .set(SAGA_RUN.ATTEMPTS, event.attempt())
                .set(SAGA_RUN.UPDATED, utc(event.started()))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    @EventHandler
    void on(SagaRunStepFinished event) {
        db.insertInto(SAGA_RUN_STEP)
                .set(SAGA_RUN_STEP.RUN_ID, event.runId())
                .set(SAGA_RUN_STEP.STEP, event.step())
                .set(SAGA_RUN_STEP.ATTEMPT, event.attempt())
                .set(SAGA_RUN_STEP.STARTED, utc(event.finished()))
                .set(SAGA_RUN_STEP.FINISHED, utc(event.finished()))
                .set(SAGA_RUN_STEP.ERROR, event.error())
                .onConflict(SAGA_RUN_STEP.RUN_ID, SAGA_RUN_STEP.STEP, SAGA_RUN_STEP.ATTEMPT)
                .doUpdate().set(SAGA_RUN_STEP.FINISHED, utc(event.finished()))
                .set(SAGA_RUN_STEP.ERROR, event.error())
                .execute();
        db.update(SAGA_RUN)
                .set(SAGA_RUN.UPDATED, utc(event.finished()))
                .set(SAGA_RUN.LAST_ERROR, event.error() == null ? SAGA_RUN.LAST_ERROR : DSL.val(event.error()))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    @EventHandler
    void on(SagaRunSucceeded event) {
        db.update(SAGA_RUN)
                .set(SAGA_RUN.STATE, SagaRunState.SUCCEEDED.name())
                .set(SAGA_RUN.UPDATED, utc(event.finished()))
                .set(SAGA_RUN.FINISHED, utc(event.finished()))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    @EventHandler
    void on(SagaRunFailed event) {
        db.update(SAGA_RUN)
                .set(SAGA_RUN.STATE, SagaRunState.FAILED.name())
                .set(SAGA_RUN.LAST_ERROR, event.error())
                .set(SAGA_RUN.UPDATED, utc(event.finished()))
                .set(SAGA_RUN.FINISHED, utc(event.finished()))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    /** A failed run keeps the time it failed as its end. */
    @EventHandler
    void on(SagaRunCancelled event) {
        db.update(SAGA_RUN)
                .set(SAGA_RUN.STATE, SagaRunState.CANCELLED.name())
                .set(SAGA_RUN.CANCELLED_BY, event.cancelledBy())
                .set(SAGA_RUN.UPDATED, utc(event.cancelled()))
                .set(SAGA_RUN.FINISHED, DSL.coalesce(SAGA_RUN.FINISHED, DSL.val(utc(event.cancelled()))))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    @EventHandler
    void on(SagaRunRetried event) {
        db.update(SAGA_RUN)
                .set(SAGA_RUN.RETRIED_BY, event.retriedBy())
                .set(SAGA_RUN.UPDATED, utc(event.retried()))
                .where(SAGA_RUN.RUN_ID.eq(event.runId()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(SAGA_RUN_STEP).execute();
        db.deleteFrom(SAGA_RUN).execute();
    }
}
