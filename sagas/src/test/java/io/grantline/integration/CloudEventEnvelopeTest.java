package io.grantline.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.MetaDataKeys;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CloudEventEnvelopeTest {

    private static final Instant APPROVED = Instant.parse("2026-12-01T10:15:30.123Z");

    private final CloudEventEnvelope envelope = new CloudEventEnvelope();

    private final GenericDomainEventMessage<ShareObjectApproved> approval = new GenericDomainEventMessage<>(
            "ShareObject", "share-1", 7,
            new ShareObjectApproved("share-1", ShareObjectStatus.Approved,
                    Map.of("item-1", ShareItemStatus.Share_Approved), null, "run-1", "alice", APPROVED),
            MetaData.with(MetaDataKeys.ACTOR, "alice").and(MetaDataKeys.ACTOR_GROUPS, "Owners")
                    .and(MetaDataKeys.CORRELATION_ID, "corr-1").and(MetaDataKeys.CAUSATION_ID, "cause-1"),
            "event-1", APPROVED);

    @Test
    void carriesTheRequiredCloudEventsAttributes() {
        JsonNode event = envelope.of(approval);

        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo("event-1");
        assertThat(event.get("source").asText()).isEqualTo("urn:grantline:ShareObject");
        assertThat(event.get("type").asText()).isEqualTo("io.grantline.share.ShareObjectApproved");
    }

    @Test
    void namesTheResourceAsSubjectAndTheEventTimeAsTime() {
        JsonNode event = envelope.of(approval);

        assertThat(event.get("subject").asText()).isEqualTo("share-1");
        assertThat(Instant.parse(event.get("time").asText())).isEqualTo(APPROVED);
        assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
    }

    @Test
    void carriesTheAuditMetadataAndSequenceAsExtensions() {
        JsonNode event = envelope.of(approval);

        assertThat(event.get("correlationid").asText()).isEqualTo("corr-1");
        assertThat(event.get("causationid").asText()).isEqualTo("cause-1");
        assertThat(event.get("actor").asText()).isEqualTo("alice");
        assertThat(event.get("sequence").asText()).isEqualTo("7");
    }

    @Test
    void extensionNamesAreLowerCaseAlphanumerics() {
        JsonNode event = envelope.of(approval);

        event.fieldNames().forEachRemaining(name -> assertThat(name).matches("[a-z0-9]+"));
    }

    @Test
    void carriesThePayloadAsJsonData() {
        JsonNode data = envelope.of(approval).get("data");

        assertThat(data.get("shareUri").asText()).isEqualTo("share-1");
        assertThat(data.get("status").asText()).isEqualTo("Approved");
        assertThat(data.get("itemStatuses").get("item-1").asText()).isEqualTo("Share_Approved");
        assertThat(Instant.parse(data.get("approved").asText())).isEqualTo(APPROVED);
    }

    @Test
    void serializesToParsableJson() throws Exception {
        JsonNode parsed = new ObjectMapper().readTree(envelope.toJson(approval));

        assertThat(parsed).isEqualTo(envelope.of(approval));
    }

    @Test
    void anEventOfNoAggregateHasNoSubjectNorSequence() {
        JsonNode event = envelope.of(new GenericEventMessage<>(approval.getPayload(), MetaData.emptyInstance()));

        assertThat(event.get("source").asText()).isEqualTo("urn:grantline");
        assertThat(event.has("subject")).isFalse();
        assertThat(event.has("sequence")).isFalse();
        assertThat(event.has("actor")).isFalse();
    }
}
