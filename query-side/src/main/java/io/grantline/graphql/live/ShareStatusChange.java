package io.grantline.graphql.live;

import java.util.List;

/**
 * A share event that moved the share's status or its items' statuses. status is the share's status after the event
 * (null when the event moved items only); eventType is the event's public type name, as webhooks and EventBridge
 * name it; time is ISO-8601; actor is who caused it.
 */
public record ShareStatusChange(String shareUri, String status, List<ShareItemStatusChange> itemStatuses,
                                String eventType, String time, String actor) {

    public ShareStatusChange {
        itemStatuses = itemStatuses == null ? List.of() : List.copyOf(itemStatuses);
    }

    public record ShareItemStatusChange(String shareItemUri, String status) {
    }
}
