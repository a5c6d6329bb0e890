package io.grantline.saga.support;

import io.grantline.cloud.CloudException;

/** How the sagas tell a failure worth waiting out from a final one, and how they word its cause. */
public final class CloudFailures {

    private CloudFailures() {
    }

    public static boolean retriable(RuntimeException failure) {
        return failure instanceof CloudException cloud && cloud.isRetriable();
    }

    public static String describe(RuntimeException failure) {
        if (failure instanceof CloudException) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    public static String gaveUp(int attempts, RuntimeException failure) {
        return "Gave up after " + attempts + " attempts: " + describe(failure);
    }
}
