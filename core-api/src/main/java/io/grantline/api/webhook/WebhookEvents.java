package io.grantline.api.webhook;

import java.time.Instant;
import java.util.List;

/**
 * Facts about webhook subscriptions. The signing secret never appears here (events are kept forever and shown in
 * the history): only its fingerprint, the SHA-256 of the secret, so a rotated secret is visible as a change.
 */
public final class WebhookEvents {

    private WebhookEvents() {
    }

    public record WebhookSubscriptionCreated(String subscriptionUri, String url, List<String> eventTypes,
                                             String resourceUri, String description, String secretFingerprint,
                                             String owner, Instant created) {
    }

    public record WebhookSubscriptionUpdated(String subscriptionUri, String url, List<String> eventTypes,
                                             String resourceUri, String description, String updatedBy,
                                             Instant updated) {
    }

    public record WebhookSubscriptionDeleted(String subscriptionUri, String deletedBy, Instant deleted) {
    }
}
