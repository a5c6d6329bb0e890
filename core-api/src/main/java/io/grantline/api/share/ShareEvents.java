package io.grantline.api.share;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Facts about shares. Every transition carries the share's status after it and the new status of each item it
 * moved (itemStatuses, by share item uri), so readers need no state machine of their own.
 */
public final class ShareEvents {

    private ShareEvents() {
    }

    public record ShareObjectCreated(String shareUri, SharedDataset dataset, ShareTarget target,
                                     List<ShareDataPermission> permissions, String requestPurpose,
                                     Integer shareExpirationPeriod, boolean nonExpirable,
                                     ShareObjectStatus status, String owner, Instant created) {
    }

    public record ShareItemAdded(String shareUri, String shareItemUri, SharedItem item, ShareItemStatus itemStatus,
                                 ShareObjectStatus status, String addedBy, Instant added) {
    }

    public record ShareItemRemoved(String shareUri, String shareItemUri, String itemUri, String removedBy,
                                   Instant removed) {
    }

    public record ShareObjectSubmitted(String shareUri, ShareObjectStatus status,
                                       Map<String, ShareItemStatus> itemStatuses, String submittedBy,
                                       Instant submitted) {
    }

    /**
     * expiryDate is set when the share expires (null when it does not). processingId names the run of the share
     * processor that grants the approved items.
     */
    public record ShareObjectApproved(String shareUri, ShareObjectStatus status,
                                      Map<String, ShareItemStatus> itemStatuses, Instant expiryDate,
                                      String processingId, String approvedBy, Instant approved) {
    }

    /** status is Rejected, or Extension_Rejected when an extension request was rejected. */
    public record ShareObjectRejected(String shareUri, ShareObjectStatus status,
                                      Map<String, ShareItemStatus> itemStatuses, String rejectPurpose,
                                      String rejectedBy, Instant rejected) {
    }

    /** expired: the share's expiry date passed, rather than a person revoking. */
    public record ShareItemsRevoked(String shareUri, ShareObjectStatus status,
                                    Map<String, ShareItemStatus> itemStatuses, String processingId,
                                    boolean expired, String revokedBy, Instant revoked) {
    }

    /**
     * itemsToCleanUp are the items whose grants a forced delete must take back (empty otherwise); the processor
     * revokes them under processingId.
     */
    public record ShareObjectDeleted(String shareUri, String datasetUri, boolean forceDelete,
                                     List<String> itemsToCleanUp, String processingId, String deletedBy,
                                     Instant deleted) {
    }

    public record ShareRequestPurposeUpdated(String shareUri, String requestPurpose, Instant updated) {
    }

    public record ShareRejectPurposeUpdated(String shareUri, String rejectPurpose, Instant updated) {
    }

    /** expiryDate is the share's expiry after the change (null when it does not expire or is not granted yet). */
    public record ShareExpirationPeriodUpdated(String shareUri, Integer shareExpirationPeriod, boolean nonExpirable,
                                               Instant expiryDate, Instant updated) {
    }

    public record ShareExtensionReasonUpdated(String shareUri, String extensionReason, Instant updated) {
    }

    /** requestedExpiryDate is what the share would expire at if the extension is approved. */
    public record ShareExtensionSubmitted(String shareUri, ShareObjectStatus status,
                                          Map<String, ShareItemStatus> itemStatuses, Integer shareExpirationPeriod,
                                          boolean nonExpirable, String extensionReason,
                                          Instant requestedExpiryDate, String submittedBy, Instant submitted) {
    }

    public record ShareExtensionApproved(String shareUri, ShareObjectStatus status,
                                         Map<String, ShareItemStatus> itemStatuses, Instant expiryDate,
                                         boolean nonExpirable, String approvedBy, Instant approved) {
    }

    public record ShareExtensionCancelled(String shareUri, ShareObjectStatus status,
                                          Map<String, ShareItemStatus> itemStatuses, String cancelledBy,
                                          Instant cancelled) {
    }

    public record ShareItemFiltersUpdated(String shareUri, String shareItemUri, AttachedDataFilter filter,
                                          Instant updated) {
    }

    public record ShareItemFilterRemoved(String shareUri, String shareItemUri, String attachedDataFilterUri,
                                         Instant updated) {
    }

    /** kind is VERIFY or REAPPLY; the items' health moves to PendingVerify or PendingReApply. */
    public record ShareItemsHealthCheckRequested(String shareUri, ShareProcessingKind kind, List<String> shareItemUris,
                                                 ShareItemHealthStatus healthStatus, String processingId,
                                                 String requestedBy, Instant requested) {
    }

    /** kind is GRANT or REVOKE (REAPPLY and VERIFY runs move no status and emit no start). */
    public record ShareProcessingStarted(String shareUri, String processingId, ShareProcessingKind kind,
                                         ShareObjectStatus status, Map<String, ShareItemStatus> itemStatuses,
                                         Instant started) {
    }

    /** itemStatus is Share_Succeeded, Share_Failed, Revoke_Succeeded or Revoke_Failed; error says why it failed. */
    public record ShareItemProcessed(String shareUri, String processingId, String shareItemUri,
                                     ShareItemStatus itemStatus, String error, Instant processed) {
    }

    public record ShareItemHealthChanged(String shareUri, String processingId, String shareItemUri,
                                         ShareItemHealthStatus healthStatus, String healthMessage,
                                         Instant verified) {
    }

    /** status is Processed, or Draft when items are still waiting for approval after a revocation. */
    public record ShareProcessingFinished(String shareUri, String processingId, ShareObjectStatus status,
                                          Instant finished) {
    }
}
