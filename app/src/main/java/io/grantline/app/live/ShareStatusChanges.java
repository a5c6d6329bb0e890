package io.grantline.app.live;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.webhook.EventTypes;
import io.grantline.graphql.live.ShareStatusChange;
import io.grantline.graphql.live.ShareStatusChange.ShareItemStatusChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;

/** The share events that move a share's status or its items' statuses, read as status changes. */
final class ShareStatusChanges {

    private ShareStatusChanges() {
    }

    static Optional<ShareStatusChange> of(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof ShareObjectCreated e) {
            return change(event, e.shareUri(), e.status(), Map.of());
        }
        if (payload instanceof ShareItemAdded e) {
            return change(event, e.shareUri(), e.status(), Map.of(e.shareItemUri(), e.itemStatus()));
        }
        if (payload instanceof ShareObjectSubmitted e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareObjectApproved e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareObjectRejected e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareItemsRevoked e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareExtensionSubmitted e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareExtensionApproved e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareExtensionCancelled e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareProcessingStarted e) {
            return change(event, e.shareUri(), e.status(), e.itemStatuses());
        }
        if (payload instanceof ShareItemProcessed e) {
            return change(event, e.shareUri(), null, Map.of(e.shareItemUri(), e.itemStatus()));
        }
        if (payload instanceof ShareProcessingFinished e) {
            return change(event, e.shareUri(), e.status(), Map.of());
        }
        if (payload instanceof ShareObjectDeleted e) {
            return change(event, e.shareUri(), ShareObjectStatus.Deleted, Map.of());
        }
        return Optional.empty();
    }

    private static Optional<ShareStatusChange> change(EventMessage<?> event, String shareUri, ShareObjectStatus status,
                                                      Map<String, ShareItemStatus> itemStatuses) {
        List<ShareItemStatusChange> items = (itemStatuses == null ? Map.<String, ShareItemStatus>of() : itemStatuses)
                .entrySet().stream()
                .map(item -> new ShareItemStatusChange(item.getKey(),
                        item.getValue() == null ? null : item.getValue().name()))
                .sorted((a, b) -> a.shareItemUri().compareTo(b.shareItemUri()))
                .toList();
        Object actor = event.getMetaData().get(MetaDataKeys.ACTOR);
        return Optional.of(new ShareStatusChange(shareUri, status == null ? null : status.name(), items,
                EventTypes.of(event.getPayloadType()), event.getTimestamp().toString(),
                actor == null ? null : actor.toString()));
    }
}
