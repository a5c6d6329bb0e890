package io.grantline.integration.webhook;

import java.time.Duration;

/**
 * How webhooks are delivered (grantline.webhooks.*): how often the worker looks for due deliveries, the exponential
 * backoff between attempts (initialBackoff doubled per failed attempt, at most maxBackoff), after how many attempts
 * a delivery is dead-lettered, the HTTP timeout, and how many deliveries are sent at once.
 */
public record WebhookSettings(Duration pollInterval, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
                              Duration timeout, int batchSize, int threads) {

    public WebhookSettings {
        if (maxAttempts < 1 || batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("maxAttempts, batchSize and threads must be at least 1");
        }
    }

    /** The wait after the given failed attempt (1 for the first): initialBackoff × 2^(attempt-1), capped. */
    public Duration backoffAfter(int attempt) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    /** How long a claimed delivery stays reserved: long enough for one send, short enough to recover a crash. */
    public Duration claimLease() {
        return timeout.multipliedBy(2).plusSeconds(5);
    }
}
