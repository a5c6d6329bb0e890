package io.grantline.saga.dataset;

import io.grantline.cloud.CloudException;

/** How the dataset sagas tell a failure worth waiting out from a final one, and how they word its cause. */
final class CloudFailures {

    private CloudFailures() {
    }

    static boolean retriable(RuntimeException failure) {
        return failure instanceof CloudException cloud && cloud.isRetriable();
    }

    static String describe(RuntimeException failure) {
        if (failure instanceof CloudException) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    static String gaveUp(int attempts, RuntimeException failure) {
        return "Gave up after " + attempts + " attempts: " + describe(failure);
    }
}
