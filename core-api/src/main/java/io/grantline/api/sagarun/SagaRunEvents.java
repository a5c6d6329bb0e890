package io.grantline.api.sagarun;

import java.time.Instant;
import java.util.Map;

/** Facts about saga runs; every one carries the runId. */
public final class SagaRunEvents {

    private SagaRunEvents() {
    }

    public record SagaRunStarted(String runId, SagaRunKind kind, String targetUri, String targetType,
                                 String retryOf, Map<String, String> parameters, Instant started) {
    }

    public record SagaRunStepStarted(String runId, String step, int attempt, Instant started) {
    }

    /** error is null when the attempt went through. */
    public record SagaRunStepFinished(String runId, String step, int attempt, String error, Instant finished) {
    }

    public record SagaRunSucceeded(String runId, Instant finished) {
    }

    public record SagaRunFailed(String runId, String error, Instant finished) {
    }

    public record SagaRunCancelled(String runId, String cancelledBy, String reason, Instant cancelled) {
    }

    /**
     * An admin asked to run the work again; the retry policy starts it from kind, target and parameters, and the new
     * run records this runId as its retryOf.
     */
    public record SagaRunRetried(String runId, String retriedBy, String reason, SagaRunKind kind, String targetUri,
                                 String targetType, Map<String, String> parameters, Instant retried) {
    }
}
