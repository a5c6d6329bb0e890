package io.grantline.saga.environment;

import java.time.Duration;

/**
 * How the environment saga waits and retries.
 *
 * @param pollInterval   the wait between two looks at a stack being deployed
 * @param maxPolls       how many looks before a deployment that never settles is recorded as failed
 * @param maxAttempts    how many times a throttled or timed-out step is tried before it is recorded as failed
 * @param initialBackoff the wait before the first retry; it doubles with each further retry
 * @param maxBackoff     the longest wait between two retries
 */
public record DeploymentPolicy(Duration pollInterval, int maxPolls, int maxAttempts, Duration initialBackoff,
                               Duration maxBackoff) {

    public DeploymentPolicy {
        requirePositive(pollInterval, "pollInterval");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxPolls < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxPolls and maxAttempts must be at least 1");
        }
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    public Duration backoff(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }
}
