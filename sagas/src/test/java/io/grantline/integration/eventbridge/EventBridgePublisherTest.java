package io.grantline.integration.eventbridge;

import static io.grantline.integration.eventbridge.EventBridgeStub.BUS;
import static io.grantline.integration.eventbridge.EventBridgeStub.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.MetaDataKeys;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/** The publisher against EventBridge's wire protocol: what each PutEvents carries, and what fails the batch. */
class EventBridgePublisherTest {

    static final Instant SUBMITTED = Instant.parse("2026-12-02T05:00:00Z");

    final EventBridgeStub eventBridge = new EventBridgeStub();

    @AfterEach
    void stop() {
        eventBridge.close();
    }

    @Test
    void eachEntryCarriesBusSourceDetailTypeAndTheCloudEventsEnvelope() {
        eventBridge.accepts();

        eventBridge.publisher.publish(List.of(submitted("share-1", 3)));

        assertThat(eventBridge.calls()).hasSize(1);
        assertThat(eventBridge.calls().get(0).getHeader("Content-Type")).startsWith(EventBridgeStub.JSON_1_1);
        JsonNode entry = eventBridge.entries().get(0);
        assertThat(entry.get("EventBusName").asText()).isEqualTo(BUS);
        assertThat(entry.get("Source").asText()).isEqualTo(SOURCE);
        assertThat(entry.get("DetailType").asText()).isEqualTo("io.grantline.share.ShareObjectSubmitted");
        JsonNode envelope = EventBridgeStub.detail(entry);
        assertThat(envelope.get("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.get("id").asText()).isEqualTo("event-share-1-3");
        assertThat(envelope.get("type").asText()).isEqualTo("io.grantline.share.ShareObjectSubmitted");
        assertThat(envelope.get("subject").asText()).isEqualTo("share-1");
        assertThat(envelope.get("actor").asText()).isEqualTo("alice");
        assertThat(envelope.get("correlationid").asText()).isEqualTo("corr-share-1");
        assertThat(envelope.get("data").get("status").asText()).isEqualTo("Submitted");
    }

    @Test
    void entryTimeIsTheEventsTime() {
        eventBridge.accepts();

        eventBridge.publisher.publish(List.of(submitted("share-1", 0)));

        assertThat(Instant.ofEpochSecond(eventBridge.entries().get(0).get("Time").asLong())).isEqualTo(SUBMITTED);
    }

    @Test
    void elevenEventsArePutInCallsOfAtMostTenInOrder() {
        eventBridge.accepts();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            events.add(submitted("share-" + i, 0));
        }

        eventBridge.publisher.publish(events);

        assertThat(eventBridge.calls()).hasSize(2);
        assertThat(EventBridgeStub.body(eventBridge.calls().get(0)).get("Entries")).hasSize(10);
        assertThat(EventBridgeStub.body(eventBridge.calls().get(1)).get("Entries")).hasSize(1);
        assertThat(eventBridge.entries().stream().map(entry -> EventBridgeStub.detail(entry).get("subject").asText()))
                .containsExactly("share-0", "share-1", "share-2", "share-3", "share-4", "share-5", "share-6",
                        "share-7", "share-8", "share-9", "share-10");
    }

    @Test
    void failedEntryFailsThePublicationNamingTheEvent() {
        eventBridge.server.stubFor(EventBridgeStub.putEvents().willReturn(EventBridgeStub.secondEntryFailed()));

        assertThatThrownBy(() -> eventBridge.publisher.publish(List.of(submitted("share-1", 0),
                submitted("share-2", 0))))
                .isInstanceOf(EventBridgePublishFailed.class)
                .hasMessageContaining("1 of 2")
                .hasMessageContaining("event-share-2-0")
                .hasMessageContaining("InternalFailure")
                .hasMessageContaining(BUS);
    }

    @Test
    void serverErrorIsRetriedByTheClient() {
        eventBridge.firstAnswers(EventBridgeStub.error(500, "InternalException"));

        eventBridge.publisher.publish(List.of(submitted("share-1", 0)));

        assertThat(eventBridge.calls()).hasSize(2);
    }

    @Test
    void throttlingIsRetriedByTheClient() {
        eventBridge.firstAnswers(EventBridgeStub.error(400, "ThrottlingException"));

        eventBridge.publisher.publish(List.of(submitted("share-1", 0)));

        assertThat(eventBridge.calls()).hasSize(2);
    }

    @Test
    void lastingFailureFailsThePublication() {
        eventBridge.server.stubFor(EventBridgeStub.putEvents()
                .willReturn(EventBridgeStub.error(500, "InternalException")));

        assertThatThrownBy(() -> eventBridge.publisher.publish(List.of(submitted("share-1", 0))))
                .isInstanceOf(SdkException.class);
    }

    @Test
    void busNameIsRequired() {
        assertThatThrownBy(() -> new EventBridgeSettings(" ", "eu-west-1", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceDefaultsToGrantline() {
        assertThat(new EventBridgeSettings(BUS, "eu-west-1", null, null).source()).isEqualTo("grantline");
    }

    static EventMessage<?> submitted(String shareUri, long sequence) {
        return new GenericDomainEventMessage<>("ShareObject", shareUri, sequence,
                new ShareObjectSubmitted(shareUri, ShareObjectStatus.Submitted,
                        Map.of("item-" + shareUri, ShareItemStatus.PendingApproval), "alice", SUBMITTED),
                MetaData.with(MetaDataKeys.ACTOR, "alice").and(MetaDataKeys.CORRELATION_ID, "corr-" + shareUri),
                "event-" + shareUri + "-" + sequence, SUBMITTED);
    }
}
