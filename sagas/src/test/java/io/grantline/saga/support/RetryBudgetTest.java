package io.grantline.saga.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.saga.environment.DeploymentPolicy;
import java.time.Duration;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(30), 10, 3,
            Duration.ofSeconds(5), Duration.ofMinutes(1));

    final RetryBudget retries = new RetryBudget();

    @Test
    void retriableFailuresWaitLongerEachTimeUntilTheAttemptsAreSpent() {
        CloudThrottledException throttled = new CloudThrottledException("Rate exceeded");

        assertThat(retries.retryAfter(throttled, POLICY)).contains(Duration.ofSeconds(5));
        assertThat(retries.retryAfter(throttled, POLICY)).contains(Duration.ofSeconds(10));
        assertThat(retries.retryAfter(throttled, POLICY)).isEmpty();
        assertThat(retries.finalCause(throttled)).isEqualTo("Gave up after 3 attempts: Rate exceeded");
    }

    @Test
    void aFinalFailureIsNotRetriedAndKeepsItsOwnCause() {
        CloudAccessDeniedException denied = new CloudAccessDeniedException("Access denied");

        assertThat(retries.retryAfter(denied, POLICY)).isEmpty();
        assertThat(retries.finalCause(denied)).isEqualTo("Access denied");
    }

    @Test
    void aStepThatGoesThroughGivesTheNextStepTheWholeBudget() {
        CloudThrottledException throttled = new CloudThrottledException("Rate exceeded");
        retries.retryAfter(throttled, POLICY);
        retries.retryAfter(throttled, POLICY);

        retries.succeeded();

        assertThat(retries.retryAfter(throttled, POLICY)).contains(Duration.ofSeconds(5));
    }

    @Test
    void survivesJsonSerializationAsTheAttemptCount() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        retries.retryAfter(new CloudThrottledException("Rate exceeded"), POLICY);

        String json = serializer.serialize(retries, String.class).getData();
        RetryBudget restored = serializer.deserialize(new SimpleSerializedObject<>(json, String.class,
                RetryBudget.class.getName(), null));

        assertThat(json).isEqualTo("{\"failedAttempts\":1}");
        assertThat(restored.failedAttempts()).isEqualTo(1);
    }
}
