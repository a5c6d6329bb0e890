package io.grantline.app.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.integration.webhook.WebhookDeliveryWorker;
import io.grantline.integration.webhook.WebhookOutboxWriter;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Delivery: at least once, in order per resource, signed, retried with backoff, dead-lettered and re-driven. */
class WebhookDeliveryApiTest extends WebhookApiSupport {

    /** application-test.yml: grantline.webhooks.initial-backoff, max-backoff and max-attempts. */
    static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofMillis(800);
    static final int MAX_ATTEMPTS = 4;

    @Autowired
    WebhookDeliveryWorker worker;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void eventsOfAResourceArriveInSequenceOrderDespiteFailures() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            String glossaryUri = unique("gl");
            subscribe(receiver, glossaryUri);

            glossaryEvents(glossaryUri, 4);

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(5));
            assertThat(receiver.acceptedSequences()).containsExactly(0L, 1L, 2L, 3L, 4L);
            assertThat(receiver.refused()).hasSize(2);
        }
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingGaps() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(3)) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);

            glossaryEvents(glossaryUri, 0);

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(1));
            JsonNode delivery = deliveries(admin, subscription.uri()).data("listWebhookDeliveries.nodes").get(0);
            assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
            assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(204);
            assertThat(gapsAfterFailedAttempts(delivery.get("deliveryId").asText()))
                    .containsExactly(INITIAL_BACKOFF, INITIAL_BACKOFF.multipliedBy(2), MAX_BACKOFF);
        }
    }

    @Test
    void theSignatureVerifiesWithTheSecretShownAtCreation() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);

            glossaryEvents(glossaryUri, 1);

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(2));
            List<String> deliveryIds = texts(deliveries(admin, subscription.uri())
                    .data("listWebhookDeliveries.nodes"), "deliveryId");
            for (WebhookReceiver.Request request : receiver.accepted()) {
                assertThat(request.signature()).isEqualTo(signature(subscription.secret(), request.body()));
                assertThat(request.contentType()).isEqualTo("application/cloudevents+json");
                assertThat(deliveryIds).contains(request.deliveryId());
            }
        }
    }

    @Test
    void theBodyIsTheEventsCloudEvent() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            String glossaryUri = unique("gl");
            subscribe(receiver, glossaryUri);

            glossaryEvents(glossaryUri, 1);

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(2));
            JsonNode event = receiver.acceptedWith(1).event();
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).isEqualTo("io.grantline.glossary.GlossaryNodeCreated");
            assertThat(event.get("source").asText()).isEqualTo("urn:grantline:Glossary");
            assertThat(event.get("subject").asText()).isEqualTo(glossaryUri);
            assertThat(event.at("/data/nodeUri").asText()).isEqualTo(glossaryUri + "-term1");
        }
    }

    @Test
    void onlyTheSubscribedEventTypesOfTheFilteredResourceAreDelivered() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            String glossaryUri = unique("gl");
            String termUri = glossaryUri + "-wanted";
            subscribe(receiver.url(), List.of("io.grantline.glossary.GlossaryNodeCreated"), termUri);

            glossaryEvents(glossaryUri, 2);
            term(glossaryUri, termUri);
            glossaryEvents(unique("gl"), 1);

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(1));
            assertThat(receiver.accepted().get(0).event().at("/data/nodeUri").asText()).isEqualTo(termUri);
        }
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsDeadLetteredAndLaterEventsOfTheResourceParkedBehindIt() {
        try (WebhookReceiver receiver = WebhookReceiver.alwaysFailing()) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);

            glossaryEvents(glossaryUri, 2);

            awaitUntil(() -> assertThat(deadLetters(admin, subscription.uri())
                    .data("listWebhookDeadLetters.count").asInt()).isEqualTo(3));
            assertThat(receiver.requests).hasSize(MAX_ATTEMPTS)
                    .allSatisfy(request -> assertThat(request.sequence()).isZero());
            JsonNode letters = deadLetters(admin, subscription.uri()).data("listWebhookDeadLetters.nodes");
            JsonNode first = letters.get(2);
            assertThat(first.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
            assertThat(first.get("lastStatusCode").asInt()).isEqualTo(500);
            assertThat(first.get("lastError").asText()).isEqualTo("HTTP 500");
            assertThat(letters.get(0).get("attempts").asInt()).isZero();
            assertThat(letters.get(0).get("lastError").asText()).contains("parked")
                    .contains(first.get("deliveryId").asText());
        }
    }

    @Test
    void aRedriveDeliversTheDeadLettersInTheirOriginalOrder() {
        try (WebhookReceiver receiver = WebhookReceiver.alwaysFailing()) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);
            glossaryEvents(glossaryUri, 2);
            awaitUntil(() -> assertThat(deadLetters(admin, subscription.uri())
                    .data("listWebhookDeadLetters.count").asInt()).isEqualTo(3));
            receiver.recover();

            int requeued = redrive(admin, subscription.uri(), null).data("redriveWebhookDeadLetters").asInt();

            assertThat(requeued).isEqualTo(3);
            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(3));
            assertThat(receiver.acceptedSequences()).containsExactly(0L, 1L, 2L);
            assertThat(deadLetters(admin, subscription.uri()).data("listWebhookDeadLetters.count").asInt()).isZero();
        }
    }

    @Test
    void eventsRecordedWhileParkedAreParkedTooAndRedrivenAfterTheOthers() {
        try (WebhookReceiver receiver = WebhookReceiver.alwaysFailing()) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);
            glossaryEvents(glossaryUri, 0);
            awaitUntil(() -> assertThat(deadLetters(admin, subscription.uri())
                    .data("listWebhookDeadLetters.count").asInt()).isEqualTo(1));

            term(glossaryUri, glossaryUri + "-late");

            awaitUntil(() -> assertThat(deadLetters(admin, subscription.uri())
                    .data("listWebhookDeadLetters.count").asInt()).isEqualTo(2));
            receiver.recover();
            redrive(admin, subscription.uri(), List.of()).data("redriveWebhookDeadLetters");
            awaitUntil(() -> assertThat(receiver.acceptedSequences()).containsExactly(0L, 1L));
        }
    }

    @Test
    void aRestartInTheMiddleOfDeliveryLosesNothing() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
            String glossaryUri = unique("gl");
            Subscription subscription = subscribe(receiver, glossaryUri);
            TrackingEventProcessor outboxWriter = processing.eventProcessor(WebhookOutboxWriter.PROCESSING_GROUP,
                    TrackingEventProcessor.class).orElseThrow();
            worker.stop();
            try {
                glossaryEvents(glossaryUri, 2);
                awaitUntil(() -> assertThat(deliveries(admin, subscription.uri())
                        .data("listWebhookDeliveries.count").asInt()).isEqualTo(3));
                assertThat(deliveries(admin, subscription.uri()).data("listWebhookDeliveries.nodes"))
                        .allSatisfy(pending -> {
                            assertThat(pending.get("status").asText()).isEqualTo("PENDING");
                            assertThat(pending.get("attempts").asInt()).isZero();
                            assertThat(pending.get("nextAttemptAt").isNull()).isFalse();
                        });
                outboxWriter.shutDown();
                for (int i = 0; i < 3; i++) {
                    term(glossaryUri, glossaryUri + "-while-stopped-" + i);
                }
            } finally {
                outboxWriter.start();
                worker.start();
            }

            awaitUntil(() -> assertThat(receiver.acceptedSequences()).hasSize(6));
            assertThat(receiver.acceptedSequences()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            String glossaryUri = unique("gl");
            Subscription deleted = subscribe(receiver, glossaryUri);
            delete(admin, deleted.uri()).data("deleteWebhookSubscription");
            try (WebhookReceiver witness = WebhookReceiver.failingFirst(0)) {
                subscribe(witness, glossaryUri);

                glossaryEvents(glossaryUri, 1);

                // the witness subscribed after the deletion, so once it has both events the deleted one had its turn
                awaitUntil(() -> assertThat(witness.acceptedSequences()).containsExactly(0L, 1L));
            }
            assertThat(receiver.requests).isEmpty();
        }
    }

    private List<Duration> gapsAfterFailedAttempts(String deliveryId) {
        return jdbc.query("""
                select attempted_at, next_attempt_at from webhook_delivery_attempt
                where delivery_id = ? and next_attempt_at is not null order by attempt_id""",
                (row, i) -> Duration.between(row.getTimestamp(1).toInstant(),
                        row.getTimestamp(2).toInstant()), deliveryId);
    }
}
