package io.grantline.saga.share;

import java.time.Duration;

/**
 * How a run of the share processor waits for its dataset's lock. Retries of throttled cloud calls follow the
 * deployment policy, as every saga's do.
 *
 * @param lockWait  the wait before asking again for a dataset lock another run holds
 * @param lockLease how long a run holds its lock without renewing it; after that another run may take it over, so
 *                  a run that vanished never blocks its dataset for good. It must outlast the longest retry wait.
 */
public record ShareProcessingPolicy(Duration lockWait, Duration lockLease) {

    public ShareProcessingPolicy {
        requirePositive(lockWait, "lockWait");
        requirePositive(lockLease, "lockLease");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }
}
