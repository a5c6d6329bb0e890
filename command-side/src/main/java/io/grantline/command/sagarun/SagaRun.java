package io.grantline.command.sagarun;

import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.sagarun.SagaRunCommands.CancelSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.RetrySagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunFailed;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunRetried;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepFinished;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunSucceeded;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.sagarun.SagaRunState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One run of a saga, as the saga reports it: its steps and their attempts, and how it ended. The admin group
 * cancels a running or failed run and retries a failed, cancelled or stalled one; the saga and the retry policy
 * act on those events.
 */
@Aggregate
public class SagaRun {

    @AggregateIdentifier
    private String runId;
    private SagaRunKind kind;
    private String targetUri;
    private String targetType;
    private Map<String, String> parameters = Map.of();
    private SagaRunState state;
    private Instant lastProgress;
    private boolean retried;

    protected SagaRun() {
    }

    /** A saga reporting the start again (a redelivered event) changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartSagaRun command) {
        if (runId != null) {
            return;
        }
        String id = present("startSagaRun", "runId", command.runId());
        if (command.kind() == null) {
            throw new RequiredParameter("startSagaRun", "kind");
        }
        String target = present("startSagaRun", "targetUri", command.targetUri());
        Map<String, String> given = command.parameters() == null ? Map.of() : new HashMap<>(command.parameters());
        apply(new SagaRunStarted(id, command.kind(), target, command.targetType(), command.retryOf(), given,
                Instant.now()));
    }

    /*
     * The saga's reports on a finished run are dropped, not refused: a cancelled saga may still report what it was
     * doing before it handles the cancellation, and a refusal would fail the saga's own transaction.
     */

    @CommandHandler
    public void handle(StartSagaRunStep command) {
        String step = present("startSagaRunStep", "step", command.step());
        if (running()) {
            apply(new SagaRunStepStarted(runId, step, Math.max(command.attempt(), 1), Instant.now()));
        }
    }

    @CommandHandler
    public void handle(FinishSagaRunStep command) {
        String step = present("finishSagaRunStep", "step", command.step());
        if (running()) {
            apply(new SagaRunStepFinished(runId, step, Math.max(command.attempt(), 1), command.error(),
                    Instant.now()));
        }
    }

    @CommandHandler
    public void handle(SucceedSagaRun command) {
        if (running()) {
            apply(new SagaRunSucceeded(runId, Instant.now()));
        }
    }

    @CommandHandler
    public void handle(FailSagaRun command) {
        if (running()) {
            apply(new SagaRunFailed(runId, command.error(), Instant.now()));
        }
    }

    @CommandHandler
    public void handle(CancelSagaRun command) {
        if (state != SagaRunState.RUNNING && state != SagaRunState.FAILED) {
            throw notIn("cancelSagaRun", "RUNNING or FAILED");
        }
        apply(new SagaRunCancelled(runId, command.actor().username(), command.reason(), Instant.now()));
    }

    @CommandHandler
    public void handle(RetrySagaRun command) {
        boolean stalled = stalled(command.stalledIfNoProgressSince());
        if (state != SagaRunState.FAILED && state != SagaRunState.CANCELLED && !stalled) {
            throw notIn("retrySagaRun", "FAILED, CANCELLED or a stalled RUNNING");
        }
        if (retried) {
            throw new InvalidInput("retrySagaRun", "runId",
                    "names saga run " + runId + ", which was already retried; retry the newer run");
        }
        String admin = command.actor().username();
        if (stalled) {
            // the stalled saga lets go of what it holds before the work starts again
            apply(new SagaRunCancelled(runId, admin, "Retried: " + reasonOrNone(command.reason()), Instant.now()));
        }
        apply(new SagaRunRetried(runId, admin, command.reason(), kind, targetUri, targetType, parameters,
                Instant.now()));
    }

    private boolean stalled(Instant stalledIfNoProgressSince) {
        return state == SagaRunState.RUNNING && stalledIfNoProgressSince != null
                && lastProgress.isBefore(stalledIfNoProgressSince);
    }

    private boolean running() {
        return state == SagaRunState.RUNNING;
    }

    private InvalidInput notIn(String action, String expected) {
        return new InvalidInput(action, "runId",
                "names saga run " + runId + ", which is " + state + "; it must be " + expected);
    }

    private static String reasonOrNone(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }

    @EventSourcingHandler
    void on(SagaRunStarted event) {
        runId = event.runId();
        kind = event.kind();
        targetUri = event.targetUri();
        targetType = event.targetType();
        parameters = event.parameters() == null ? Map.of() : event.parameters();
        state = SagaRunState.RUNNING;
        lastProgress = event.started();
    }

    @EventSourcingHandler
    void on(SagaRunStepStarted event) {
        lastProgress = event.started();
    }

    @EventSourcingHandler
    void on(SagaRunStepFinished event) {
        lastProgress = event.finished();
    }

    @EventSourcingHandler
    void on(SagaRunSucceeded event) {
        state = SagaRunState.SUCCEEDED;
    }

    @EventSourcingHandler
    void on(SagaRunFailed event) {
        state = SagaRunState.FAILED;
    }

    @EventSourcingHandler
    void on(SagaRunCancelled event) {
        state = SagaRunState.CANCELLED;
    }

    @EventSourcingHandler
    void on(SagaRunRetried event) {
        retried = true;
    }
}
