package io.grantline.saga.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The saga store keeps sagas as JSON: their state must survive the trip, their injected parts must not travel. */
class ShareSagaSerializationTest {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @Test
    void processingSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(ShareProcessingSaga.class, """
                {"shareUri":"share1","datasetUri":"ds1",\
                "principalLock":"principal:arn:aws:iam::444455556666:role/analysts","processingId":"run1",\
                "kind":"REAPPLY","items":["si1","si2"],"done":1,"regranted":true,"started":true,"lastError":"Access denied","failedAttempts":2}""");
    }

    @Test
    void expirySagaStateSurvivesJsonSerialization() {
        assertRoundTrip(ShareExpirySaga.class, """
                {"shareUri":"share1","expiryDate":1801303200.000000000}""");
    }

    private static void assertRoundTrip(Class<?> sagaType, String state) {
        Object saga = SERIALIZER.deserialize(new SimpleSerializedObject<>(state, String.class, sagaType.getName(),
                null));

        assertThat(SERIALIZER.serialize(saga, String.class).getData()).isEqualToIgnoringWhitespace(state);
    }
}
