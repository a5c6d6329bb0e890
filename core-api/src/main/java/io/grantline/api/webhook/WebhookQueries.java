package io.grantline.api.webhook;

import io.grantline.api.Page;
import java.util.List;

/** Queries about webhook subscriptions (read model) and their deliveries (the delivery outbox). */
public final class WebhookQueries {

    private WebhookQueries() {
    }

    public record FindWebhookSubscription(String subscriptionUri) {
    }

    /** Every subscription, newest first. */
    public record ListWebhookSubscriptions(int page, int pageSize) {
    }

    /** The subscription's deliveries, newest first; deadLettersOnly narrows to the dead-lettered ones. */
    public record ListWebhookDeliveries(String subscriptionUri, boolean deadLettersOnly, int page, int pageSize) {
    }

    public record WebhookSubscriptionView(String subscriptionUri, String url, List<String> eventTypes,
                                          String resourceUri, String description, String secretFingerprint,
                                          String owner, String created, String updated) {
    }

    public record WebhookSubscriptionPage(Page<WebhookSubscriptionView> page) {
    }

    /** status: PENDING, DELIVERED or DEAD_LETTER. Times are ISO-8601. */
    public record WebhookDeliveryView(String deliveryId, String eventId, String eventType, String resourceUri,
                                      String status, int attempts, Integer lastStatusCode, String lastError,
                                      String nextAttemptAt, String deliveredAt) {
    }

    public record WebhookDeliveryPage(Page<WebhookDeliveryView> page) {
    }
}
