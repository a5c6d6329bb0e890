package io.grantline.api.sagarun;

import io.grantline.api.Actor;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the SagaRun aggregate. The sagas report their runs with the first five (as the platform); the admin
 * group cancels and retries. runId is the id the saga already has (deploymentId, crawlerRunId, profilingRunUri,
 * processingId...).
 */
public final class SagaRunCommands {

    private SagaRunCommands() {
    }

    /**
     * parameters: what a retry needs to start the same work again (e.g. a crawler's location, a share run's
     * items); retryOf: the run this one retries, or null.
     */
    public record StartSagaRun(@TargetAggregateIdentifier String runId, SagaRunKind kind, String targetUri,
                               String targetType, String retryOf, Map<String, String> parameters) {
    }

    /** attempt counts from 1; a step tried again after a retriable failure starts with the next attempt. */
    public record StartSagaRunStep(@TargetAggregateIdentifier String runId, String step, int attempt) {
    }

    /** error is null when the attempt went through. */
    public record FinishSagaRunStep(@TargetAggregateIdentifier String runId, String step, int attempt,
                                    String error) {
    }

    public record SucceedSagaRun(@TargetAggregateIdentifier String runId) {
    }

    public record FailSagaRun(@TargetAggregateIdentifier String runId, String error) {
    }

    /**
     * Cancels a RUNNING (stalled or not) or FAILED run. A run is stalled when its last progress is before
     * stalledIfNoProgressSince (now minus the configured stall time, computed by the caller).
     */
    public record CancelSagaRun(@TargetAggregateIdentifier String runId, String reason,
                                Instant stalledIfNoProgressSince, Actor actor) {
    }

    /** Retries a FAILED, CANCELLED or stalled run: a stalled run is cancelled first. */
    public record RetrySagaRun(@TargetAggregateIdentifier String runId, String reason,
                               Instant stalledIfNoProgressSince, Actor actor) {
    }
}
