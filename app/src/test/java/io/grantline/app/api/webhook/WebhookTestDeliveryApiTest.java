package io.grantline.app.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** testWebhookSubscription: a signed test CloudEvent sent now, and what the receiver answered. */
class WebhookTestDeliveryApiTest extends WebhookApiSupport {

    @Test
    void aTestEventIsDeliveredSignedAndReported() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            Subscription subscription = subscribe(receiver.url(), List.of("*"), unique("nothing"));

            JsonNode result = test(admin, subscription.uri()).data("testWebhookSubscription");

            assertThat(result.get("delivered").asBoolean()).isTrue();
            assertThat(result.get("statusCode").asInt()).isEqualTo(204);
            assertThat(result.get("error").isNull()).isTrue();
            assertThat(result.get("durationMs").asInt()).isNotNegative();
            WebhookReceiver.Request request = receiver.requests.get(0);
            assertThat(request.event().get("type").asText()).isEqualTo("io.grantline.webhook.WebhookTest");
            assertThat(request.event().get("subject").asText()).isEqualTo(subscription.uri());
            assertThat(request.signature()).isEqualTo(signature(subscription.secret(), request.body()));
        }
    }

    @Test
    void aFailingReceiverIsReportedWithItsStatus() {
        try (WebhookReceiver receiver = WebhookReceiver.alwaysFailing()) {
            Subscription subscription = subscribe(receiver.url(), List.of("*"), unique("nothing"));

            JsonNode result = test(admin, subscription.uri()).data("testWebhookSubscription");

            assertThat(result.get("delivered").asBoolean()).isFalse();
            assertThat(result.get("statusCode").asInt()).isEqualTo(500);
            assertThat(result.get("error").asText()).isEqualTo("HTTP 500");
        }
    }

    @Test
    void anUnreachableReceiverIsReportedWithTheError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Subscription subscription = subscribe("http://127.0.0.1:" + closedPort + "/hook", List.of("*"),
                unique("nothing"));

        JsonNode result = test(admin, subscription.uri()).data("testWebhookSubscription");

        assertThat(result.get("delivered").asBoolean()).isFalse();
        assertThat(result.get("statusCode").isNull()).isTrue();
        assertThat(result.get("error").asText()).isNotBlank();
    }

    @Test
    void anOutsiderCannotTestASubscription() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            Subscription subscription = subscribe(receiver.url(), List.of("*"), unique("nothing"));

            assertThat(test(outsider, subscription.uri()).error()).contains("UnauthorizedOperation");
            assertThat(receiver.requests).isEmpty();
        }
    }

    @Test
    void testingAnUnknownSubscriptionIsNotFound() {
        assertThat(test(admin, "nosuchsubscription").error()).contains("ObjectNotFound");
    }

    private GraphQl test(User user, String subscriptionUri) {
        return user.graphql("mutation($uri: String) { testWebhookSubscription(subscriptionUri: $uri)"
                + " { delivered statusCode error durationMs } }", "uri", subscriptionUri);
    }
}
