package io.grantline.saga.support;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.grantline.saga.environment.DeploymentPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * The failed attempts of a saga's current cloud step, kept as saga state (unwrapped into the saga's JSON as
 * {@code failedAttempts}, so stored sagas keep their shape): decides whether a failure is waited out, and for how
 * long, or is final.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class RetryBudget {

    private int failedAttempts;

    /** The step went through: the next step starts with the whole budget. */
    public void succeeded() {
        failedAttempts = 0;
    }

    /**
     * Counts a retriable failure and answers the wait before trying again; empty when the failure is final or
     * the policy's attempts are spent.
     */
    public Optional<Duration> retryAfter(RuntimeException failure, DeploymentPolicy policy) {
        if (CloudFailures.retriable(failure) && ++failedAttempts < policy.maxAttempts()) {
            return Optional.of(policy.backoff(failedAttempts));
        }
        return Optional.empty();
    }

    /** The cause to record for a failure that is not retried. */
    public String finalCause(RuntimeException failure) {
        return CloudFailures.retriable(failure) ? CloudFailures.gaveUp(failedAttempts, failure)
                : CloudFailures.describe(failure);
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
