package io.grantline.api.share;

import io.grantline.api.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the ShareObject aggregate: the request workflow (data.all's shares_base) and what the share
 * processor reports back. Every command targets the share; items are named by their share item uris, which the API
 * edge generates with ResourceUris.next(). approverGroups is the dataset's current owner team and stewards, read
 * by the edge, so the aggregate can re-check that only an approver approves or rejects.
 */
public final class ShareCommands {

    private ShareCommands() {
    }

    /**
     * Handled outside the aggregate: when a share for the same dataset, environment, team and principal exists it is
     * answered (and item, when given, is added to it) instead of a new one. item and shareItemUri are null when
     * createShareObject named no item. Answers {@link ShareCreation}.
     */
    public record CreateShareObject(@TargetAggregateIdentifier String shareUri, SharedDataset dataset,
                                    ShareTarget target, List<ShareDataPermission> permissions,
                                    String requestPurpose, Integer shareExpirationPeriod, boolean nonExpirable,
                                    SharedItem item, String shareItemUri, Actor actor) {
    }

    public record ShareCreation(String shareUri, boolean alreadyExisted) {
    }

    /** Answers the share item uri. */
    public record AddSharedItem(@TargetAggregateIdentifier String shareUri, String shareItemUri, SharedItem item,
                                Actor actor) {
    }

    public record RemoveSharedItem(@TargetAggregateIdentifier String shareUri, String shareItemUri, Actor actor) {
    }

    /** autoApprove: the dataset approves its shares on submission (autoApprovalEnabled). */
    public record SubmitShareObject(@TargetAggregateIdentifier String shareUri, boolean autoApprove,
                                    Actor actor) {
    }

    public record ApproveShareObject(@TargetAggregateIdentifier String shareUri, List<String> approverGroups,
                                     Actor actor) {
    }

    /** Rejects a submitted share, or an extension request of a processed one. */
    public record RejectShareObject(@TargetAggregateIdentifier String shareUri, String rejectPurpose,
                                    List<String> approverGroups, Actor actor) {
    }

    public record RevokeShareItems(@TargetAggregateIdentifier String shareUri, List<String> shareItemUris,
                                   Actor actor) {
    }

    public record DeleteShareObject(@TargetAggregateIdentifier String shareUri, boolean forceDelete, Actor actor) {
    }

    public record UpdateShareRequestPurpose(@TargetAggregateIdentifier String shareUri, String requestPurpose,
                                            Actor actor) {
    }

    public record UpdateShareRejectPurpose(@TargetAggregateIdentifier String shareUri, String rejectPurpose,
                                           List<String> approverGroups, Actor actor) {
    }

    /** expiration counts in the dataset's expiry unit; nonExpirable null leaves it as it is. */
    public record UpdateShareExpirationPeriod(@TargetAggregateIdentifier String shareUri, Integer expiration,
                                              Boolean nonExpirable, Actor actor) {
    }

    public record UpdateShareExtensionReason(@TargetAggregateIdentifier String shareUri, String extensionReason,
                                             Actor actor) {
    }

    public record SubmitShareExtension(@TargetAggregateIdentifier String shareUri, Integer expiration,
                                       String extensionReason, Boolean nonExpirable, Actor actor) {
    }

    public record ApproveShareExtension(@TargetAggregateIdentifier String shareUri, List<String> approverGroups,
                                        Actor actor) {
    }

    public record CancelShareExtension(@TargetAggregateIdentifier String shareUri, Actor actor) {
    }

    /** filter.filterNames are the Lake Formation data cells filter names of filter.filterUris. */
    public record UpdateShareItemFilters(@TargetAggregateIdentifier String shareUri, String shareItemUri,
                                         AttachedDataFilter filter, List<String> approverGroups, Actor actor) {
    }

    public record RemoveShareItemFilter(@TargetAggregateIdentifier String shareUri, String shareItemUri,
                                        String attachedDataFilterUri, List<String> approverGroups, Actor actor) {
    }

    /** Empty shareItemUris means every item that is shared. */
    public record VerifyShareItems(@TargetAggregateIdentifier String shareUri, List<String> shareItemUris,
                                   Actor actor) {
    }

    /** Empty shareItemUris means every item that is shared. Only approvers re-apply. */
    public record ReapplyShareItems(@TargetAggregateIdentifier String shareUri, List<String> shareItemUris,
                                    List<String> approverGroups, Actor actor) {
    }

    /** Sent by the expiry deadline; ignored unless the share still expires at expiryDate. */
    public record ExpireShare(@TargetAggregateIdentifier String shareUri, Instant expiryDate) {
    }

    /** The processor took the run up: the share and its items move to *_In_Progress. */
    public record StartShareProcessing(@TargetAggregateIdentifier String shareUri, String processingId) {
    }

    /** The cloud confirmed (succeeded) or refused (error says why) every grant or revocation of the item. */
    public record RecordShareItemOutcome(@TargetAggregateIdentifier String shareUri, String processingId,
                                         String shareItemUri, boolean succeeded, String error) {
    }

    /** missing is empty when the item is healthy, else the grants the cloud lacks, in words. */
    public record RecordShareItemHealth(@TargetAggregateIdentifier String shareUri, String processingId,
                                        String shareItemUri, List<String> missing, Instant verified) {
    }

    public record FinishShareProcessing(@TargetAggregateIdentifier String shareUri, String processingId) {
    }
}
