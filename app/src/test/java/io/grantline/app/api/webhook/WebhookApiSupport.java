package io.grantline.app.api.webhook;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.app.api.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook API tests: an administrator, an outsider, subscriptions to local receivers, and glossary events recorded
 * straight into the event store (a glossary is a resource whose events only feed projections).
 */
abstract class WebhookApiSupport extends ApiTest {

    static final String ADMINS = "DAAdministrators";
    static final String SUBSCRIPTION_FIELDS = """
            subscriptionUri url eventTypes resourceUri description secretFingerprint owner created updated""";
    static final String DELIVERY_FIELDS = """
            deliveryId eventId eventType resourceUri status attempts lastStatusCode lastError nextAttemptAt
            deliveredAt""";

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    User admin;
    User outsider;

    record Subscription(String uri, String secret, JsonNode node) {
    }

    @BeforeEach
    void signInAdminAndOutsider() {
        admin = signIn(unique("admin"), ADMINS);
        outsider = signIn(unique("outsider"), "Scientists");
    }

    GraphQl create(User user, Object input) {
        return user.graphql("mutation($input: NewWebhookSubscriptionInput) { createWebhookSubscription(input: $input)"
                + " { secret subscription { " + SUBSCRIPTION_FIELDS + " } } }", "input", input);
    }

    Subscription subscribe(String url, List<String> eventTypes, String resourceUri) {
        JsonNode created = create(admin, map("url", url, "eventTypes", eventTypes, "resourceUri", resourceUri,
                "description", "test receiver")).data("createWebhookSubscription");
        return new Subscription(created.at("/subscription/subscriptionUri").asText(), created.get("secret").asText(),
                created.get("subscription"));
    }

    /** Subscribes to every event of the resource. */
    Subscription subscribe(WebhookReceiver receiver, String resourceUri) {
        return subscribe(receiver.url(), List.of("*"), resourceUri);
    }

    GraphQl get(User user, String subscriptionUri) {
        return user.graphql("query($uri: String) { getWebhookSubscription(subscriptionUri: $uri) { "
                + SUBSCRIPTION_FIELDS + " } }", "uri", subscriptionUri);
    }

    GraphQl deliveries(User user, String subscriptionUri) {
        return user.graphql("query($uri: String) { listWebhookDeliveries(subscriptionUri: $uri, filter: {pageSize: 100})"
                + " { count nodes { " + DELIVERY_FIELDS + " } } }", "uri", subscriptionUri);
    }

    GraphQl deadLetters(User user, String subscriptionUri) {
        return user.graphql("query($uri: String) { listWebhookDeadLetters(subscriptionUri: $uri, filter: {pageSize: 100})"
                + " { count nodes { " + DELIVERY_FIELDS + " } } }", "uri", subscriptionUri);
    }

    GraphQl redrive(User user, String subscriptionUri, List<String> deliveryIds) {
        return user.graphql("mutation($uri: String, $ids: [String]) { redriveWebhookDeadLetters(subscriptionUri: $uri,"
                + " deliveryIds: $ids) }", "uri", subscriptionUri, "ids", deliveryIds);
    }

    GraphQl delete(User user, String subscriptionUri) {
        return user.graphql("mutation($uri: String) { deleteWebhookSubscription(subscriptionUri: $uri) }",
                "uri", subscriptionUri);
    }

    /** A glossary with terms: events 0 (created) to terms (the last term), all of aggregate glossaryUri. */
    void glossaryEvents(String glossaryUri, int terms) {
        record(glossaryUri, new GlossaryCreated(glossaryUri, "Glossary " + glossaryUri, "", "approved", "stewards",
                "someone", "/" + glossaryUri, Instant.now()));
        for (int i = 1; i <= terms; i++) {
            term(glossaryUri, glossaryUri + "-term" + i);
        }
    }

    void term(String glossaryUri, String termUri) {
        record(glossaryUri, new GlossaryNodeCreated(glossaryUri, termUri, GlossaryNodeType.TERM, glossaryUri,
                "/" + glossaryUri + "/" + termUri, "Term " + termUri, "", "approved", "someone", Instant.now()));
    }

    void record(String glossaryUri, Object payload) {
        long sequence = eventStore.lastSequenceNumberFor(glossaryUri).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("Glossary", glossaryUri, sequence, payload));
    }

    static void awaitUntil(Runnable assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion::run);
    }

    /** The signature a receiver computes: hex HMAC-SHA256 of the body keyed with the secret shown at creation. */
    static String signature(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
