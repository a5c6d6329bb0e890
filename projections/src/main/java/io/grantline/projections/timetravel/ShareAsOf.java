package io.grantline.projections.timetravel;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareEvents.ShareRejectPurposeUpdated;
import io.grantline.api.share.ShareEvents.ShareRequestPurposeUpdated;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.timetravel.ShareObjectAsOfView;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareItemAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.SharePrincipalAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareRejectionAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareRevocationAsOf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fold of a share's events: its status, principal, items and their grants, requests, approvals, rejections
 * and revocations after them. An item's grant exists from the Share_Succeeded outcome of its processing until the
 * Revoke_Succeeded outcome of a revocation (by a person, by expiry or by a forced delete): exactly while the grant
 * was in the cloud. The events carry the statuses after them, so the fold needs no state machine.
 */
public final class ShareAsOf extends EventFold {

    private ShareObjectCreated created;
    private Instant createdAt;
    private ShareObjectStatus status;
    private String requestPurpose;
    private String rejectPurpose;
    private String submittedBy;
    private Instant submittedAt;
    private String approvedBy;
    private Instant approvedAt;
    private Instant expiryDate;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<ShareRejectionAsOf> rejections = new ArrayList<>();
    private final List<ShareRevocationAsOf> revocations = new ArrayList<>();
    private String deletedBy;
    private Instant deletedAt;

    /** A share item as the fold keeps it. */
    public static final class Item {
        final String shareItemUri;
        final String itemUri;
        final String itemType;
        final String itemName;
        ShareItemStatus status;
        String healthStatus;
        String healthMessage;
        Grant grant;

        Item(String shareItemUri, String itemUri, String itemType, String itemName, ShareItemStatus status) {
            this.shareItemUri = shareItemUri;
            this.itemUri = itemUri;
            this.itemType = itemType;
            this.itemName = itemName;
            this.status = status;
        }

        public String shareItemUri() {
            return shareItemUri;
        }

        public String itemUri() {
            return itemUri;
        }

        public String itemType() {
            return itemType;
        }

        /** The grant in the cloud, or null while there is none. */
        public Grant grant() {
            return grant;
        }

        ShareItemAsOf view() {
            return new ShareItemAsOf(shareItemUri, itemUri, itemType, itemName, status == null ? null : status.name(),
                    healthStatus, healthMessage, grant != null, grant == null ? null : grant.grantedAt(),
                    grant == null ? null : grant.requestedBy(), grant == null ? null : grant.requestedAt(),
                    grant == null ? null : grant.approvedBy(), grant == null ? null : grant.approvedAt());
        }
    }

    /** A grant that succeeded, with the request and approval it came from. */
    public record Grant(Instant grantedAt, String requestedBy, Instant requestedAt, String approvedBy,
                        Instant approvedAt) {
    }

    public static ShareAsOf of(List<StoredEvent> events) {
        ShareAsOf fold = new ShareAsOf();
        events.forEach(fold::apply);
        return fold;
    }

    @Override
    void apply(Object payload, Instant time) {
        if (payload instanceof ShareObjectCreated event) {
            created = event;
            createdAt = time;
            status = event.status();
            requestPurpose = event.requestPurpose();
        } else if (payload instanceof ShareItemAdded event) {
            items.put(event.shareItemUri(), new Item(event.shareItemUri(), event.item().itemUri(),
                    event.item().itemType().name(), event.item().itemName(), event.itemStatus()));
            status = event.status();
        } else if (payload instanceof ShareItemRemoved event) {
            items.remove(event.shareItemUri());
        } else if (payload instanceof ShareObjectSubmitted event) {
            moved(event.status(), event.itemStatuses());
            submittedBy = event.submittedBy();
            submittedAt = time;
        } else if (payload instanceof ShareObjectApproved event) {
            moved(event.status(), event.itemStatuses());
            approvedBy = event.approvedBy();
            approvedAt = time;
            expiryDate = event.expiryDate();
        } else if (payload instanceof ShareObjectRejected event) {
            moved(event.status(), event.itemStatuses());
            rejectPurpose = event.rejectPurpose();
            rejections.add(new ShareRejectionAsOf(event.rejectedBy(), time, event.rejectPurpose()));
        } else if (payload instanceof ShareItemsRevoked event) {
            moved(event.status(), event.itemStatuses());
            revocations.add(new ShareRevocationAsOf(event.revokedBy(), time,
                    List.copyOf(event.itemStatuses().keySet()), event.expired(), false));
        } else if (payload instanceof ShareObjectDeleted event) {
            status = ShareObjectStatus.Deleted;
            deletedBy = event.deletedBy();
            deletedAt = time;
            if (event.forceDelete() && !event.itemsToCleanUp().isEmpty()) {
                revocations.add(new ShareRevocationAsOf(event.deletedBy(), time, List.copyOf(event.itemsToCleanUp()),
                        false, true));
            }
        } else if (payload instanceof ShareRequestPurposeUpdated event) {
            requestPurpose = event.requestPurpose();
        } else if (payload instanceof ShareRejectPurposeUpdated event) {
            rejectPurpose = event.rejectPurpose();
        } else if (payload instanceof ShareExpirationPeriodUpdated event) {
            expiryDate = event.expiryDate();
        } else if (payload instanceof ShareExtensionSubmitted event) {
            moved(event.status(), event.itemStatuses());
        } else if (payload instanceof ShareExtensionApproved event) {
            moved(event.status(), event.itemStatuses());
            expiryDate = event.expiryDate();
        } else if (payload instanceof ShareExtensionCancelled event) {
            moved(event.status(), event.itemStatuses());
        } else if (payload instanceof ShareItemsHealthCheckRequested event) {
            event.shareItemUris().forEach(uri -> item(uri).healthStatus = event.healthStatus().name());
        } else if (payload instanceof ShareItemHealthChanged event) {
            Item item = item(event.shareItemUri());
            item.healthStatus = event.healthStatus() == null ? null : event.healthStatus().name();
            item.healthMessage = event.healthMessage();
        } else if (payload instanceof ShareProcessingStarted event) {
            moved(event.status(), event.itemStatuses());
        } else if (payload instanceof ShareItemProcessed event) {
            processed(event, time);
        } else if (payload instanceof ShareProcessingFinished event) {
            if (status != ShareObjectStatus.Deleted) {
                status = event.status();
            }
        }
    }

    private void processed(ShareItemProcessed event, Instant time) {
        Item item = item(event.shareItemUri());
        item.status = event.itemStatus();
        if (event.itemStatus() == ShareItemStatus.Share_Succeeded) {
            item.grant = new Grant(time, submittedBy, submittedAt, approvedBy, approvedAt);
        } else if (event.itemStatus() == ShareItemStatus.Revoke_Succeeded) {
            item.grant = null;
        }
    }

    private void moved(ShareObjectStatus newStatus, Map<String, ShareItemStatus> itemStatuses) {
        status = newStatus;
        if (itemStatuses != null) {
            itemStatuses.forEach((uri, itemStatus) -> item(uri).status = itemStatus);
        }
    }

    /** An event about an item the fold never saw added still leaves a trace rather than failing the answer. */
    private Item item(String shareItemUri) {
        return items.computeIfAbsent(shareItemUri, uri -> new Item(uri, null, null, null, null));
    }

    public boolean existed() {
        return created != null;
    }

    public String shareUri() {
        return created.shareUri();
    }

    public String datasetUri() {
        return created.dataset().datasetUri();
    }

    public ShareTarget target() {
        return created.target();
    }

    public List<String> permissions() {
        return created.permissions() == null ? List.of()
                : created.permissions().stream().map(ShareDataPermission::name).toList();
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public ShareObjectAsOfView view(Instant asOf) {
        ShareTarget target = created.target();
        SharePrincipalAsOf principal = target == null ? null : new SharePrincipalAsOf(target.principalId(),
                target.principalType() == null ? null : target.principalType().name(), target.principalName(),
                target.groupUri(), target.environmentUri(), target.awsAccountId(), target.principalRoleArn());
        return new ShareObjectAsOfView(created.shareUri(), created.dataset().datasetUri(),
                created.dataset().datasetName(), status == null ? null : status.name(), principal, permissions(),
                requestPurpose, rejectPurpose, created.owner(), createdAt, submittedBy, submittedAt,
                approvedBy, approvedAt, expiryDate, items.values().stream().map(Item::view).toList(),
                List.copyOf(rejections), List.copyOf(revocations), deletedAt != null, deletedBy, deletedAt, asOf,
                version());
    }
}
