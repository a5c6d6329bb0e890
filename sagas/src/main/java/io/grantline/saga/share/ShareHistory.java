package io.grantline.saga.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemFilterRemoved;
import io.grantline.api.share.ShareEvents.ShareItemFiltersUpdated;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a share's events from the event store, the source of truth, so that the share processor grants and
 * revokes what the share holds now, with no read model lagging behind.
 */
public class ShareHistory {

    private final EventStore eventStore;

    public ShareHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The share's facts, deleted or not; empty when no share has this URI. */
    public Optional<ShareFacts> load(String shareUri) {
        Fold fold = new Fold();
        eventStore.readEvents(shareUri).asStream()
                .map(DomainEventMessage::getPayload)
                .forEach(fold::apply);
        return Optional.ofNullable(fold.result());
    }

    private static final class Fold {

        private ShareObjectCreated created;
        private ShareObjectStatus status;
        private final Map<String, ShareItemFacts> items = new LinkedHashMap<>();
        private boolean deleted;

        void apply(Object event) {
            if (event instanceof ShareObjectCreated e) {
                created = e;
                status = e.status();
            } else if (event instanceof ShareItemAdded e) {
                items.put(e.shareItemUri(), new ShareItemFacts(e.shareItemUri(), e.item(), null, e.itemStatus()));
                status = e.status();
            } else if (event instanceof ShareItemRemoved e) {
                items.remove(e.shareItemUri());
            } else if (event instanceof ShareItemFiltersUpdated e) {
                items.computeIfPresent(e.shareItemUri(), (uri, item) -> item.withFilter(e.filter()));
            } else if (event instanceof ShareItemFilterRemoved e) {
                items.computeIfPresent(e.shareItemUri(), (uri, item) -> removeFilter(item, e));
            } else if (event instanceof ShareItemProcessed e) {
                items.computeIfPresent(e.shareItemUri(), (uri, item) -> item.withStatus(e.itemStatus()));
            } else if (event instanceof ShareObjectDeleted) {
                deleted = true;
                status = ShareObjectStatus.Deleted;
            } else {
                applyTransition(event);
            }
        }

        /** The workflow's transitions: each carries the share's status after it and its items' new statuses. */
        private void applyTransition(Object event) {
            if (event instanceof ShareObjectSubmitted e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareObjectApproved e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareObjectRejected e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareItemsRevoked e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareExtensionSubmitted e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareExtensionApproved e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareExtensionCancelled e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareProcessingStarted e) {
                transition(e.status(), e.itemStatuses());
            } else if (event instanceof ShareProcessingFinished e) {
                transition(e.status(), Map.of());
            }
        }

        private void transition(ShareObjectStatus newStatus, Map<String, ShareItemStatus> itemStatuses) {
            status = newStatus == null ? status : newStatus;
            if (itemStatuses != null) {
                itemStatuses.forEach((shareItemUri, itemStatus) ->
                        items.computeIfPresent(shareItemUri, (uri, item) -> item.withStatus(itemStatus)));
            }
        }

        private static ShareItemFacts removeFilter(ShareItemFacts item, ShareItemFilterRemoved removed) {
            AttachedDataFilter filter = item.filter();
            boolean same = filter != null && filter.attachedDataFilterUri() != null
                    && filter.attachedDataFilterUri().equals(removed.attachedDataFilterUri());
            return same || removed.attachedDataFilterUri() == null ? item.withFilter(null) : item;
        }

        ShareFacts result() {
            if (created == null) {
                return null;
            }
            ShareGrant grant = new ShareGrant(created.shareUri(), created.dataset(), created.target(),
                    created.permissions());
            return new ShareFacts(grant, status, items, deleted);
        }
    }
}
