package io.grantline.command.share;

import static io.grantline.api.share.ShareItemStatus.Deleted;
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
import static io.grantline.api.share.ShareObjectStatus.Approved;
import static io.grantline.api.share.ShareObjectStatus.Draft;
import static io.grantline.api.share.ShareObjectStatus.Extension_Rejected;
import static io.grantline.api.share.ShareObjectStatus.Processed;
import static io.grantline.api.share.ShareObjectStatus.Rejected;
import static io.grantline.api.share.ShareObjectStatus.Revoked;
import static io.grantline.api.share.ShareObjectStatus.Submitted;
import static io.grantline.api.share.ShareObjectStatus.Submitted_For_Extension;

import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** data.all's share and share item state machines (share_object_state_machines.py), transition for transition. */
final class ShareStateMachine {

    /** The item states that hold (or are about to hold or release) grants: they keep a share from being deleted. */
    static final Set<ShareItemStatus> SHARED = Set.of(Share_Succeeded, Share_In_Progress, Revoke_Failed,
            Revoke_In_Progress, Revoke_Approved);

    private static final Map<ShareAction, Transition<ShareObjectStatus>> SHARE = new EnumMap<>(ShareAction.class);
    private static final Map<ShareAction, Transition<ShareItemStatus>> ITEM = new EnumMap<>(ShareAction.class);

    static {
        share(ShareAction.Submit).to(Submitted, List.of(Draft, Rejected, Extension_Rejected));
        share(ShareAction.Approve).to(Approved, List.of(Submitted));
        share(ShareAction.Reject).to(Rejected, List.of(Submitted));
        share(ShareAction.RevokeItems).to(Revoked, List.of(Draft, Submitted, Rejected, Processed,
                Extension_Rejected));
        share(ShareAction.Start).to(ShareObjectStatus.Share_In_Progress, List.of(Approved))
                .to(ShareObjectStatus.Revoke_In_Progress, List.of(Revoked));
        share(ShareAction.Finish).to(Processed, List.of(ShareObjectStatus.Share_In_Progress,
                ShareObjectStatus.Revoke_In_Progress));
        share(ShareAction.FinishPending).to(Draft, List.of(ShareObjectStatus.Revoke_In_Progress));
        share(ShareAction.AddItem).to(Draft, List.of(Submitted, Rejected, Processed, Extension_Rejected));
        share(ShareAction.Extension).to(Submitted_For_Extension, List.of(Processed, Extension_Rejected, Draft));
        share(ShareAction.ExtensionApprove).to(Processed, List.of(Submitted_For_Extension));
        share(ShareAction.ExtensionReject).to(Extension_Rejected, List.of(Submitted_For_Extension));
        share(ShareAction.CancelExtension).to(Processed, List.of(Submitted_For_Extension));

        item(ShareAction.Submit).to(PendingApproval, List.of(Share_Rejected, Share_Failed))
                .keeps(List.of(Revoke_Approved, Revoke_Failed, Share_Approved, Share_Succeeded, Revoke_Succeeded,
                        Share_In_Progress, Revoke_In_Progress));
        item(ShareAction.Approve).to(Share_Approved, List.of(PendingApproval))
                .keeps(List.of(Revoke_Approved, Revoke_Failed, Share_Succeeded, Revoke_Succeeded, Share_In_Progress,
                        Revoke_In_Progress));
        item(ShareAction.Reject).to(Share_Rejected, List.of(PendingApproval))
                .keeps(List.of(Revoke_Approved, Revoke_Failed, Share_Succeeded, Revoke_Succeeded, Share_In_Progress,
                        Revoke_In_Progress));
        item(ShareAction.Start).to(Share_In_Progress, List.of(Share_Approved))
                .to(Revoke_In_Progress, List.of(Revoke_Approved));
        item(ShareAction.Success).to(Share_Succeeded, List.of(Share_In_Progress))
                .to(Revoke_Succeeded, List.of(Revoke_In_Progress));
        item(ShareAction.Failure).to(Share_Failed, List.of(Share_In_Progress, Share_Approved))
                .to(Revoke_Failed, List.of(Revoke_In_Progress, Revoke_Approved));
        item(ShareAction.RemoveItem).to(Deleted, List.of(PendingApproval, Share_Rejected, Share_Failed,
                Revoke_Succeeded));
        item(ShareAction.RevokeItems).to(Revoke_Approved, List.of(Share_Succeeded, Revoke_Failed, Revoke_Approved));
        item(ShareAction.Extension).to(PendingExtension, List.of(Share_Succeeded));
        item(ShareAction.ExtensionApprove).to(Share_Succeeded, List.of(PendingExtension));
        item(ShareAction.ExtensionReject).to(Share_Succeeded, List.of(PendingExtension));
        item(ShareAction.CancelExtension).to(Share_Succeeded, List.of(PendingExtension));
    }

    private ShareStateMachine() {
    }

    /** The share's state after the action: the same when it already is there; refused when it cannot get there. */
    static ShareObjectStatus next(ShareAction action, ShareObjectStatus current) {
        return SHARE.get(action).next(current);
    }

    static boolean permits(ShareAction action, ShareObjectStatus current) {
        return SHARE.get(action).permits(current);
    }

    /** An item's state after the action, under the same rules as the share's. */
    static ShareItemStatus next(ShareAction action, ShareItemStatus current) {
        return ITEM.get(action).next(current);
    }

    private static Transition<ShareObjectStatus> share(ShareAction action) {
        return SHARE.computeIfAbsent(action, a -> new Transition<>(a, ShareObjectStatus.class));
    }

    private static Transition<ShareItemStatus> item(ShareAction action) {
        return ITEM.computeIfAbsent(action, a -> new Transition<>(a, ShareItemStatus.class));
    }
}
