package io.grantline.api.webhook;

import io.grantline.api.Actor;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands about webhook subscriptions and their deliveries. */
public final class WebhookCommands {

    private WebhookCommands() {
    }

    /** Answers the signing secret, the only time it is ever shown. */
    public record CreateWebhookSubscription(@TargetAggregateIdentifier String subscriptionUri, String url,
                                            List<String> eventTypes, String resourceUri, String description,
                                            Actor actor) {
    }

    /** Fields left null keep their value; an empty resourceUri removes the resource filter. */
    public record UpdateWebhookSubscription(@TargetAggregateIdentifier String subscriptionUri, String url,
                                            List<String> eventTypes, String resourceUri, String description,
                                            Actor actor) {
    }

    public record DeleteWebhookSubscription(@TargetAggregateIdentifier String subscriptionUri, Actor actor) {
    }

    /** Sends a signed test CloudEvent to url (the subscription's) now; answers a {@link WebhookTestResult}. */
    public record SendWebhookTest(String subscriptionUri, String url, Actor actor) {
    }

    /**
     * Queues the subscription's dead letters again, oldest first (all of them when deliveryIds is null or empty);
     * answers how many were queued.
     */
    public record RedriveWebhookDeadLetters(String subscriptionUri, List<String> deliveryIds, Actor actor) {
    }

    public record WebhookTestResult(boolean delivered, Integer statusCode, String error, long durationMs) {
    }
}
