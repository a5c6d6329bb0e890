package io.grantline.saga.notification;

import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareItemStatus;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a share's events from the event store, the source of truth, for the notifications: the policy never reads
 * a read table, which may lag behind the event it reacts to.
 */
public class NotifiedShares {

    private final EventStore eventStore;

    public NotifiedShares(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The share as it was created; empty when no share has this uri. */
    public Optional<NotifiedShare> load(String shareUri) {
        return payloads(shareUri).stream()
                .filter(ShareObjectCreated.class::isInstance)
                .map(ShareObjectCreated.class::cast)
                .findFirst()
                .map(created -> new NotifiedShare(created.shareUri(), created.dataset().datasetUri(),
                        created.dataset().datasetName(), created.dataset().approverGroups(),
                        created.target().groupUri(), created.target().principalId()));
    }

    /** What the items the processor run processingId processed became. */
    public ShareOutcome outcome(String shareUri, String processingId) {
        List<ShareItemStatus> statuses = payloads(shareUri).stream()
                .filter(ShareItemProcessed.class::isInstance)
                .map(ShareItemProcessed.class::cast)
                .filter(processed -> processingId.equals(processed.processingId()))
                .map(ShareItemProcessed::itemStatus)
                .toList();
        boolean revoke = statuses.stream().anyMatch(status -> status == ShareItemStatus.Revoke_Succeeded
                || status == ShareItemStatus.Revoke_Failed);
        int failed = (int) statuses.stream().filter(status -> status == ShareItemStatus.Share_Failed
                || status == ShareItemStatus.Revoke_Failed).count();
        return new ShareOutcome(revoke, statuses.size(), failed);
    }

    private List<Object> payloads(String shareUri) {
        return eventStore.readEvents(shareUri).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
