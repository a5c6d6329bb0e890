package io.grantline.api.sagarun;

/**
 * What a saga run does, one per saga (and per kind of share processing run). retriable: the work can be started
 * again by a command (a deletion cannot: the resource is gone; a write-back or a prefix follows its resource's
 * next change). An expiry's run is the revocation it started, retried as a revocation, or, when it revoked
 * nothing, the expiry itself.
 */
public enum SagaRunKind {
    ENVIRONMENT_STACK(true),
    ENVIRONMENT_STACK_DELETION(false),
    DATASET_STACK(true),
    DATASET_STACK_DELETION(false),
    CRAWLER(true),
    PROFILING(true),
    /** A share's grant run, after an approval. */
    SHARE(true),
    REVOKE(true),
    EXPIRY(true),
    VERIFY(true),
    REAPPLY(true),
    COLUMN_WRITE_BACK(false),
    FOLDER_PREFIX(false);

    private final boolean retriable;

    SagaRunKind(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
