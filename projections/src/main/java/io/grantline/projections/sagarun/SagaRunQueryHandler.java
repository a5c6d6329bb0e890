package io.grantline.projections.sagarun;

import static io.grantline.projections.jooq.Tables.SAGA_RUN;
import static io.grantline.projections.jooq.Tables.SAGA_RUN_STEP;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.sagarun.SagaRunQueries.FindSagaRun;
import io.grantline.api.sagarun.SagaRunQueries.ListSagaRuns;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunPage;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunStepView;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunView;
import io.grantline.api.sagarun.SagaRunState;
import io.grantline.projections.jooq.tables.records.SagaRunRecord;
import io.grantline.projections.jooq.tables.records.SagaRunStepRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers the saga-run queries. A run is stalled when it is RUNNING and made no progress (updated) for the
 * configured stall time, judged when asked.
 */
@Component
public class SagaRunQueryHandler {

    private final DSLContext db;
    private final Duration stallAfter;

    public SagaRunQueryHandler(DSLContext db, @Value("${grantline.saga-runs.stall-after:PT15M}") Duration stallAfter) {
        this.db = db;
        this.stallAfter = stallAfter;
    }

    /** The instant before which a running run's last progress makes it stalled. */
    public Instant stalledIfNoProgressSince() {
        return Instant.now().minus(stallAfter);
    }

    @QueryHandler
    SagaRunView handle(FindSagaRun query) {
        Instant stallLine = stalledIfNoProgressSince();
        return db.selectFrom(SAGA_RUN).where(SAGA_RUN.RUN_ID.eq(query.runId()))
                .fetchOptional(row -> view(row, steps(List.of(row.getRunId())), stallLine))
                .orElse(null);
    }

    @QueryHandler
    SagaRunPage handle(ListSagaRuns query) {
        Instant stallLine = stalledIfNoProgressSince();
        Condition condition = DSL.trueCondition();
        if (query.kind() != null) {
            condition = condition.and(SAGA_RUN.KIND.eq(query.kind().name()));
        }
        if (query.state() != null) {
            condition = condition.and(SAGA_RUN.STATE.eq(query.state().name()));
        }
        if (query.targetUri() != null && !query.targetUri().isBlank()) {
            condition = condition.and(SAGA_RUN.TARGET_URI.eq(query.targetUri().trim()));
        }
        if (query.from() != null) {
            condition = condition.and(SAGA_RUN.STARTED.ge(utc(query.from())));
        }
        if (query.to() != null) {
            condition = condition.and(SAGA_RUN.STARTED.lt(utc(query.to())));
        }
        if (query.stalled() != null) {
            Condition stalled = stalled(stallLine);
            condition = condition.and(query.stalled() ? stalled : DSL.not(stalled));
        }
        int count = db.fetchCount(SAGA_RUN, condition);
        List<SagaRunRecord> rows = db.selectFrom(SAGA_RUN).where(condition)
                .orderBy(SAGA_RUN.STARTED.desc(), SAGA_RUN.RUN_ID)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch();
        Map<String, List<SagaRunStepView>> steps = steps(rows.stream().map(SagaRunRecord::getRunId).toList());
        List<SagaRunView> nodes = rows.stream().map(row -> view(row, steps, stallLine)).toList();
        return new SagaRunPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    private static Condition stalled(Instant stallLine) {
        return SAGA_RUN.STATE.eq(SagaRunState.RUNNING.name()).and(SAGA_RUN.UPDATED.lt(utc(stallLine)));
    }

    private Map<String, List<SagaRunStepView>> steps(List<String> runIds) {
        return db.selectFrom(SAGA_RUN_STEP).where(SAGA_RUN_STEP.RUN_ID.in(runIds))
                .orderBy(SAGA_RUN_STEP.STARTED, SAGA_RUN_STEP.STEP, SAGA_RUN_STEP.ATTEMPT)
                .fetch().stream()
                .collect(Collectors.groupingBy(SagaRunStepRecord::getRunId,
                        Collectors.mapping(SagaRunQueryHandler::step, Collectors.toList())));
    }

    private static SagaRunStepView step(SagaRunStepRecord row) {
        Long durationMs = row.getFinished() == null ? null
                : Duration.between(row.getStarted(), row.getFinished()).toMillis();
        return new SagaRunStepView(row.getStep(), row.getAttempt(), text(row.getStarted()), text(row.getFinished()),
                durationMs, row.getError());
    }

    private static SagaRunView view(SagaRunRecord row, Map<String, List<SagaRunStepView>> steps, Instant stallLine) {
        SagaRunState state = SagaRunState.valueOf(row.getState());
        OffsetDateTime updated = row.getUpdated();
        boolean stalled = state == SagaRunState.RUNNING && updated.toInstant().isBefore(stallLine);
        return new SagaRunView(row.getRunId(), SagaRunKind.valueOf(row.getKind()), row.getTargetUri(),
                row.getTargetType(), state, stalled, row.getCurrentStep(), row.getAttempts(), row.getLastError(),
                row.getCorrelationId(), row.getRetryOf(), row.getRetriedBy(), row.getCancelledBy(),
                text(row.getStarted()), text(updated), text(row.getFinished()),
                steps.getOrDefault(row.getRunId(), List.of()));
    }
}
