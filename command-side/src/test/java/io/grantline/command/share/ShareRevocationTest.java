package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.NEXT_RUN;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.monthsAfterNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ShareItemsFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareCommands.RevokeShareItems;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShareRevocationTest {

    final ShareFixture share = new ShareFixture();

    static ShareItemsRevoked revoked(boolean expired, String by) {
        return new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, Map.of(ITEM, ShareItemStatus.Revoke_Approved),
                null, expired, by, NOW);
    }

    @Test
    void revokingASharedItemOfAProcessedShareApprovesItsRevocation() {
        share.given(ShareHistory.processed())
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectEvents(revoked(false, "bob"));
    }

    @Test
    void revokingHandsTheRevocationToANewProcessingRun() {
        List<Object> events = new ArrayList<>();
        share.given(ShareHistory.processed())
                .when(new RevokeShareItems(SHARE, List.of(ITEM), APPROVER))
                .expectEventsMatching(ShareFixture.capturedInto(events));

        assertThat(((ShareItemsRevoked) events.get(0)).processingId()).isNotBlank().isNotEqualTo(RUN);
    }

    @ParameterizedTest
    @EnumSource(value = ShareObjectStatus.class, names = {"Draft", "Submitted", "Rejected", "Processed",
            "Extension_Rejected"})
    void revokingMovesADraftSubmittedRejectedProcessedOrExtensionRejectedShareToRevoked(ShareObjectStatus status) {
        share.given(ShareHistory.in(status, ShareItemStatus.Share_Succeeded))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectEvents(revoked(false, "bob"));
    }

    @Test
    void revokingARevokeFailedItemTriesAgain() {
        share.given(ShareHistory.in(ShareObjectStatus.Processed, ShareItemStatus.Revoke_Failed))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectEvents(revoked(false, "bob"));
    }

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"PendingApproval", "Share_Rejected", "Share_Failed",
            "Revoke_Succeeded"})
    void revokingAnItemThatIsNotSharedIsRefused(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Processed, status))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(status + " cannot go to ['Revoke_Approved']"));
    }

    @ParameterizedTest
    @EnumSource(value = ShareObjectStatus.class, names = {"Approved", "Share_In_Progress", "Revoke_In_Progress",
            "Submitted_For_Extension"})
    void revokingWhileARunIsPendingRunningOrAnExtensionWaitsIsRefused(ShareObjectStatus status) {
        share.given(ShareHistory.in(status, ShareItemStatus.Share_Succeeded))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(status + " cannot go to ['Revoked']"));
    }

    @Test
    void revokingAnItemAlreadyApprovedForRevocationChangesNothing() {
        share.given(ShareHistory.revoked(NEXT_RUN))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectNoEvents();
    }

    @Test
    void revokingNothingIsRefusedWithShareItemsFound() {
        share.given(ShareHistory.processed())
                .when(new RevokeShareItems(SHARE, List.of(), REQUESTER))
                .expectException(ShareItemsFound.class)
                .expectExceptionMessage(containsString("Nothing to be revoked."));
    }

    @Test
    void revokingAnUnknownItemIsRefusedAsNotFound() {
        share.given(ShareHistory.processed())
                .when(new RevokeShareItems(SHARE, List.of("unknown1"), REQUESTER))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void revokingWhileAReapplyIsPendingIsRefused() {
        share.given(ShareHistory.with(ShareHistory.processed(), new ShareItemsHealthCheckRequested(SHARE,
                        ShareProcessingKind.REAPPLY, List.of(ITEM), ShareItemHealthStatus.PendingReApply, "check-1",
                        "alice", NOW)))
                .when(new RevokeShareItems(SHARE, List.of(ITEM), REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Cannot revoke while reapply pending for one or more items."));
    }

    @Test
    void expiringAShareRevokesEverySharedItemAsThePlatform() {
        share.given(ShareHistory.expiringProcessed())
                .when(new ExpireShare(SHARE, monthsAfterNow(6)))
                .expectEvents(revoked(true, "grantline"));
    }

    @Test
    void expiringAtADateAnExtensionMovedChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.extensionSubmitted(), new ShareExtensionApproved(SHARE,
                        ShareObjectStatus.Processed, Map.of(ITEM, ShareItemStatus.Share_Succeeded), monthsAfterNow(3),
                        false, "alice", NOW)))
                .when(new ExpireShare(SHARE, monthsAfterNow(6)))
                .expectNoEvents();
    }

    @Test
    void expiringAShareThatNeverExpiresChangesNothing() {
        share.given(ShareHistory.processed())
                .when(new ExpireShare(SHARE, monthsAfterNow(6)))
                .expectNoEvents();
    }

    @Test
    void expiringAShareWithNothingSharedChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.expiringProcessed(), new ShareItemsRevoked(SHARE,
                        ShareObjectStatus.Revoked, Map.of(ITEM, ShareItemStatus.Revoke_Approved), NEXT_RUN, false,
                        "bob", NOW)))
                .when(new ExpireShare(SHARE, monthsAfterNow(6)))
                .expectNoEvents();
    }
}
