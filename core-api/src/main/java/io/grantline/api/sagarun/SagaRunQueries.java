package io.grantline.api.sagarun;

import io.grantline.api.Page;
import java.time.Instant;
import java.util.List;

/** Queries answered from the saga-run read model. stalled is computed when asked, from the configured stall time. */
public final class SagaRunQueries {

    private SagaRunQueries() {
    }

    /** Answers a SagaRunView, or null when no such run is known. */
    public record FindSagaRun(String runId) {
    }

    /** Newest first; every filter is optional (null); from/to bound the start of the run. */
    public record ListSagaRuns(SagaRunKind kind, SagaRunState state, String targetUri, Boolean stalled,
                               Instant from, Instant to, int page, int pageSize) {
    }

    /** Times are ISO-8601; durationMs is null while the attempt runs. */
    public record SagaRunStepView(String step, int attempt, String started, String finished, Long durationMs,
                                  String error) {
    }

    /** attempts: the attempts of the current (or last) step. */
    public record SagaRunView(String runId, SagaRunKind kind, String targetUri, String targetType,
                              SagaRunState state, boolean stalled, String currentStep, int attempts,
                              String lastError, String correlationId, String retryOf, String retriedBy,
                              String cancelledBy, String started, String updated, String finished,
                              List<SagaRunStepView> steps) {
    }

    public record SagaRunPage(Page<SagaRunView> page) {
    }
}
