package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.APPROVERS;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.MONTHLY;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.monthsAfterNow;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.ApproveShareExtension;
import io.grantline.api.share.ShareCommands.CancelShareExtension;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareCommands.SubmitShareExtension;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareExtensionTest {

    final ShareFixture share = new ShareFixture();

    static ShareExtensionSubmitted extensionAsked(Integer period, boolean nonExpirable) {
        return new ShareExtensionSubmitted(SHARE, ShareObjectStatus.Submitted_For_Extension,
                Map.of(ITEM, ShareItemStatus.PendingExtension), period, nonExpirable, "quarter end",
                period == null ? null : monthsAfterNow(period), "bob", NOW);
    }

    /** A processed expiring share that went back to Draft: an item was added, then removed again. */
    static List<Object> draftWithOnlySharedItems() {
        return ShareHistory.with(ShareHistory.expiringProcessed(),
                ShareSamples.added("shitem02", ShareSamples.FOLDER, ShareObjectStatus.Draft),
                new ShareItemRemoved(SHARE, "shitem02", "folder01", "bob", NOW));
    }

    @Test
    void askingToExtendAProcessedShareMovesItsSharedItemsToPendingExtension() {
        share.given(ShareHistory.expiringProcessed())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectEvents(extensionAsked(3, false));
    }

    @Test
    void askingToExtendAnExtensionRejectedShareAsksAgain() {
        share.given(ShareHistory.extensionRejected())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectEvents(extensionAsked(3, false));
    }

    @Test
    void askingToExtendADraftShareWithOnlySharedItemsAsksForIt() {
        share.given(draftWithOnlySharedItems())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectEvents(extensionAsked(3, false));
    }

    @Test
    void askingToMakeAnExpiringShareNonExpiringAsksForNoPeriod() {
        share.given(ShareHistory.expiringProcessed())
                .when(new SubmitShareExtension(SHARE, null, "quarter end", true, REQUESTER))
                .expectEvents(extensionAsked(null, true));
    }

    @Test
    void askingToExtendWhileAnExtensionWaitsChangesNothing() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectNoEvents();
    }

    @Test
    void askingToExtendAShareWithItemsThatAreNotSharedIsRefused() {
        share.given(ShareHistory.with(ShareHistory.expiringProcessed(),
                        new ShareItemAdded(SHARE, "shitem02", ShareSamples.FOLDER, ShareItemStatus.PendingApproval,
                                ShareObjectStatus.Draft, "bob", NOW)))
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "PendingApproval cannot go to ['PendingExtension']. If there is a sharing or revoking in"
                                + " progress wait until it is complete and try again. For share extensions delete"
                                + " unused items and try again"));
    }

    @Test
    void askingToExtendASubmittedShareIsRefused() {
        share.given(ShareHistory.with(ShareHistory.draft(MONTHLY, 6, false), ShareSamples.submitted(Map.of())))
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Submitted cannot go to ['Submitted_For_Extension']"));
    }

    @Test
    void askingToExtendAShareOfADatasetWithoutExpirationIsRefused() {
        share.given(ShareHistory.processed())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "Share expiration cannot be extended as the dataset doesn't have expiration enabled"));
    }

    @Test
    void askingToExtendANonExpiringShareAsNonExpiringIsRefused() {
        share.given(ShareHistory.with(ShareHistory.draft(MONTHLY, null, true), ShareSamples.submitted(Map.of())))
                .when(new SubmitShareExtension(SHARE, null, "forever", true, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("does not expire: there is nothing to extend"));
    }

    @Test
    void askingToExtendWithoutAPeriodIsRefusedNamingExpiration() {
        share.given(ShareHistory.expiringProcessed())
                .when(new SubmitShareExtension(SHARE, null, "quarter end", false, REQUESTER))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("expiration is required"));
    }

    @Test
    void askingToExtendBeyondTheDatasetsMaximumIsRefusedNamingExpiration() {
        share.given(ShareHistory.expiringProcessed())
                .when(new SubmitShareExtension(SHARE, 24, "quarter end", false, REQUESTER))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("expiration must be between 1 and 12 months, not 24"));
    }

    @Test
    void askingToExtendByAnotherTeamIsRefused() {
        share.given(ShareHistory.expiringProcessed())
                .when(new SubmitShareExtension(SHARE, 3, "quarter end", false, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("SUBMIT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void approvingAnExtensionMovesTheExpiryByTheAskedPeriodFromNow() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new ApproveShareExtension(SHARE, APPROVERS, APPROVER))
                .expectEvents(new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed,
                        Map.of(ITEM, ShareItemStatus.Share_Succeeded), monthsAfterNow(3), false, "alice", NOW));
    }

    @Test
    void approvingANonExpiringExtensionClearsTheExpiry() {
        share.given(ShareHistory.with(ShareHistory.expiringProcessed(), extensionAsked(null, true)))
                .when(new ApproveShareExtension(SHARE, APPROVERS, APPROVER))
                .expectEvents(new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed,
                        Map.of(ITEM, ShareItemStatus.Share_Succeeded), null, true, "alice", NOW));
    }

    @Test
    void approvingAnExtensionByANonApproverIsRefused() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new ApproveShareExtension(SHARE, APPROVERS, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("APPROVE_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void approvingAnExtensionWhenNoneWaitsOnAProcessedShareChangesNothing() {
        share.given(ShareHistory.expiringProcessed())
                .when(new ApproveShareExtension(SHARE, APPROVERS, APPROVER))
                .expectNoEvents();
    }

    @Test
    void approvingAnExtensionOfARevokedShareIsRefused() {
        share.given(ShareHistory.with(ShareHistory.expiringProcessed(), new ShareItemsRevoked(SHARE,
                        ShareObjectStatus.Revoked, Map.of(ITEM, ShareItemStatus.Revoke_Approved), "run-2", false,
                        "bob", NOW)))
                .when(new ApproveShareExtension(SHARE, APPROVERS, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Revoked cannot go to ['Processed']"));
    }

    @Test
    void cancellingAnExtensionKeepsTheItemsShared() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new CancelShareExtension(SHARE, REQUESTER))
                .expectEvents(new ShareExtensionCancelled(SHARE, ShareObjectStatus.Processed,
                        Map.of(ITEM, ShareItemStatus.Share_Succeeded), "bob", NOW));
    }

    @Test
    void cancellingAnExtensionByTheApproversIsRefused() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new CancelShareExtension(SHARE, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("SUBMIT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void cancellingAnExtensionOfAGrantInProgressIsRefused() {
        share.given(ShareHistory.with(ShareHistory.approved(), new ShareProcessingStarted(SHARE, RUN,
                        ShareProcessingKind.GRANT, ShareObjectStatus.Share_In_Progress,
                        Map.of(ITEM, ShareItemStatus.Share_In_Progress), NOW)))
                .when(new CancelShareExtension(SHARE, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Share_In_Progress cannot go to ['Processed']"));
    }

    @Test
    void aCancelledExtensionLeavesTheShareExpiringWhenItDid() {
        share.given(ShareHistory.with(ShareHistory.extensionSubmitted(), new ShareExtensionCancelled(SHARE,
                        ShareObjectStatus.Processed, Map.of(ITEM, ShareItemStatus.Share_Succeeded), "bob", NOW)))
                .when(new ExpireShare(SHARE, monthsAfterNow(6)))
                .expectEvents(new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                        Map.of(ITEM, ShareItemStatus.Revoke_Approved), null, true, "grantline", NOW));
    }
}
