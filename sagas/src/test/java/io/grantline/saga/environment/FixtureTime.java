package io.grantline.saga.environment;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.function.Supplier;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.axonframework.test.saga.SagaTestFixture;

/**
 * The fixture's time as its deadline manager sees it, so the local cloud ages with the saga's deadlines. The
 * fixture's own currentTime() jumps to the end of an elapsed period before its deadlines run.
 */
public final class FixtureTime {

    private FixtureTime() {
    }

    public static Supplier<Instant> of(SagaTestFixture<?> fixture) {
        StubDeadlineManager deadlines = deadlineManager(fixture);
        return deadlines::getCurrentDateTime;
    }

    private static StubDeadlineManager deadlineManager(SagaTestFixture<?> fixture) {
        try {
            Field field = SagaTestFixture.class.getDeclaredField("deadlineManager");
            field.setAccessible(true);
            return (StubDeadlineManager) field.get(fixture);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SagaTestFixture no longer keeps its StubDeadlineManager in a field", e);
        }
    }
}
