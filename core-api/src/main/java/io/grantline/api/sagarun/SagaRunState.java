package io.grantline.api.sagarun;

/** Where a saga run is. A RUNNING run without progress for the configured time is reported as stalled. */
public enum SagaRunState {
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this != RUNNING;
    }
}
