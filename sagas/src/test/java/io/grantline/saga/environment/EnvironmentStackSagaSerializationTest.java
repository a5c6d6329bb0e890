package io.grantline.saga.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The saga store keeps sagas as JSON: their state must survive the trip, their injected parts must not travel. */
class EnvironmentStackSagaSerializationTest {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @Test
    void deploymentSagaStateSurvivesJsonSerialization() {
        String state = """
                {"environmentUri":"env1","deploymentId":"d1","stackId":"arn:aws:cloudformation:eu-west-1:111122223333:stack/s/1",\
                "operation":"UPDATE","stackCreated":true,"failedAttempts":2,"polls":7}""";
        EnvironmentStackSaga saga = SERIALIZER.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                state, String.class, EnvironmentStackSaga.class.getName(), null));

        SerializedObject<String> serialized = SERIALIZER.serialize(saga, String.class);

        assertThat(serialized.getData()).isEqualToIgnoringWhitespace(state);
    }

    @Test
    void deletionSagaStateSurvivesJsonSerialization() {
        String state = """
                {"environmentUri":"env1","stackId":"arn:aws:cloudformation:eu-west-1:111122223333:stack/s/1",\
                "failedAttempts":1}""";
        EnvironmentStackDeletionSaga saga = SERIALIZER.deserialize(
                new org.axonframework.serialization.SimpleSerializedObject<>(state, String.class,
                        EnvironmentStackDeletionSaga.class.getName(), null));

        assertThat(SERIALIZER.serialize(saga, String.class).getData()).isEqualToIgnoringWhitespace(state);
    }
}
