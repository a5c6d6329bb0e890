package io.grantline.integration.webhook;

import io.grantline.api.webhook.EventTypes;
import java.util.List;
import java.util.Set;

/** A subscription as the outbox writer sees it: which events it wants. */
public record WebhookRoute(String subscriptionUri, List<String> eventTypes, String resourceUri) {

    /**
     * Whether the subscription wants an event of this type about these resources: the aggregate id and the values of
     * the payload's top-level *Uri fields.
     */
    public boolean wants(String eventType, Set<String> resourceUris) {
        return EventTypes.matches(eventTypes, eventType) && (resourceUri == null || resourceUris.contains(resourceUri));
    }
}
