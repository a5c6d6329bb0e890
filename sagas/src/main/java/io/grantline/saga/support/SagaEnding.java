package io.grantline.saga.support;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.saga.SagaLifecycle;

/** Ends the current saga so that none of its deadlines fires afterwards. */
public final class SagaEnding {

    private SagaEnding() {
    }

    public static void endCancelling(DeadlineManager deadlines, String... deadlineNames) {
        for (String deadlineName : deadlineNames) {
            deadlines.cancelAllWithinScope(deadlineName);
        }
        SagaLifecycle.end();
    }
}
