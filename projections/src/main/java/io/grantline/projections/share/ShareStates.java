package io.grantline.projections.share;

import static io.grantline.api.share.ShareItemStatus.PendingApproval;
import static io.grantline.api.share.ShareItemStatus.PendingExtension;
import static io.grantline.api.share.ShareItemStatus.Revoke_Approved;
import static io.grantline.api.share.ShareItemStatus.Revoke_Failed;
import static io.grantline.api.share.ShareItemStatus.Revoke_In_Progress;
import static io.grantline.api.share.ShareItemStatus.Revoke_Succeeded;
import static io.grantline.api.share.ShareItemStatus.Share_Approved;
import static io.grantline.api.share.ShareItemStatus.Share_Failed;
import static io.grantline.api.share.ShareItemStatus.Share_In_Progress;
import static io.grantline.api.share.ShareItemStatus.Share_Rejected;
import static io.grantline.api.share.ShareItemStatus.Share_Succeeded;

import io.grantline.api.share.ShareItemStatus;
import java.util.Collection;
import java.util.List;

/** Groups of item states the read model asks about. */
final class ShareStates {

    /** The cloud holds the item's grants: from success until a revocation succeeds. */
    static final List<ShareItemStatus> GRANTED = List.of(Share_Succeeded, PendingExtension, Revoke_Approved,
            Revoke_In_Progress, Revoke_Failed);

    /**
     * data.all's "shared states" (share_item_shared_states), plus PendingExtension, where a shared item waits for
     * its extension and is still shared.
     */
    static final List<ShareItemStatus> SHARED = List.of(Share_Succeeded, Share_In_Progress, PendingExtension,
            Revoke_Approved, Revoke_In_Progress, Revoke_Failed);

    /** Shared, or approved and about to be: what keeps a share active for its dataset. */
    static final List<ShareItemStatus> ACTIVE = List.of(Share_Approved, Share_In_Progress, Share_Succeeded,
            PendingExtension, Revoke_Approved, Revoke_In_Progress, Revoke_Failed);

    /** data.all's revokable states. */
    static final List<ShareItemStatus> REVOKABLE = List.of(Share_Succeeded, Revoke_Failed);

    /** The states an item can be removed from the share in. */
    static final List<ShareItemStatus> REMOVABLE = List.of(PendingApproval, Share_Rejected, Share_Failed,
            Revoke_Succeeded);

    static final List<ShareItemStatus> FAILED = List.of(Share_Failed, Revoke_Failed);

    private ShareStates() {
    }

    static List<String> names(Collection<ShareItemStatus> states) {
        return states.stream().map(Enum::name).toList();
    }

    /** data.all's hint of what can be done with an item next; "Add" for an item not in the share yet. */
    static String action(ShareItemStatus status) {
        if (status == null) {
            return "Add";
        }
        if (REVOKABLE.contains(status)) {
            return "Revoke";
        }
        return REMOVABLE.contains(status) ? "Remove" : null;
    }
}
