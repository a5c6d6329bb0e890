package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.FOLDER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.ITEM2;
import static io.grantline.command.share.ShareSamples.NEXT_RUN;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareHistory.processedItem;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.FinishShareProcessing;
import io.grantline.api.share.ShareCommands.RecordShareItemOutcome;
import io.grantline.api.share.ShareCommands.StartShareProcessing;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareProcessingTest {

    final ShareFixture share = new ShareFixture();

    @Test
    void startingAnApprovedRunMovesTheShareAndItsApprovedItemsInProgress() {
        share.given(ShareHistory.approved())
                .when(new StartShareProcessing(SHARE, RUN))
                .expectEvents(new ShareProcessingStarted(SHARE, RUN, ShareProcessingKind.GRANT,
                        ShareObjectStatus.Share_In_Progress, Map.of(ITEM, ShareItemStatus.Share_In_Progress), NOW));
    }

    @Test
    void startingARevokeRunMovesTheShareAndItsRevokeApprovedItemsInProgress() {
        share.given(ShareHistory.revoked(NEXT_RUN))
                .when(new StartShareProcessing(SHARE, NEXT_RUN))
                .expectEvents(new ShareProcessingStarted(SHARE, NEXT_RUN, ShareProcessingKind.REVOKE,
                        ShareObjectStatus.Revoke_In_Progress, Map.of(ITEM, ShareItemStatus.Revoke_In_Progress), NOW));
    }

    @Test
    void startingARunThatIsNotTheCurrentOneChangesNothing() {
        share.given(ShareHistory.revoked(NEXT_RUN))
                .when(new StartShareProcessing(SHARE, RUN))
                .expectNoEvents();
    }

    @Test
    void startingARunTwiceChangesNothing() {
        share.given(ShareHistory.granting())
                .when(new StartShareProcessing(SHARE, RUN))
                .expectNoEvents();
    }

    @Test
    void aGrantedItemIsShareSucceeded() {
        share.given(ShareHistory.granting())
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM, true, null))
                .expectEvents(processedItem(RUN, ShareItemStatus.Share_Succeeded, null));
    }

    @Test
    void anItemWhoseGrantFailedIsShareFailedWithTheCause() {
        share.given(ShareHistory.granting())
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM, false, "AccessDenied on glue:GetTable"))
                .expectEvents(processedItem(RUN, ShareItemStatus.Share_Failed, "AccessDenied on glue:GetTable"));
    }

    @Test
    void anItemThatFailedBeforeItStartedIsShareFailed() {
        share.given(ShareHistory.approved())
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM, false, "table gone"))
                .expectEvents(processedItem(RUN, ShareItemStatus.Share_Failed, "table gone"));
    }

    @Test
    void aRevokedItemIsRevokeSucceeded() {
        share.given(ShareHistory.revoking(NEXT_RUN))
                .when(new RecordShareItemOutcome(SHARE, NEXT_RUN, ITEM, true, null))
                .expectEvents(processedItem(NEXT_RUN, ShareItemStatus.Revoke_Succeeded, null));
    }

    @Test
    void anItemWhoseRevocationFailedIsRevokeFailedWithTheCause() {
        share.given(ShareHistory.revoking(NEXT_RUN))
                .when(new RecordShareItemOutcome(SHARE, NEXT_RUN, ITEM, false, "Throttled"))
                .expectEvents(processedItem(NEXT_RUN, ShareItemStatus.Revoke_Failed, "Throttled"));
    }

    @Test
    void recordingAnOutcomeTwiceChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.granting(), processedItem(RUN, ShareItemStatus.Share_Succeeded,
                        null)))
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM, true, null))
                .expectNoEvents();
    }

    @Test
    void recordingAnOutcomeOfAnotherRunChangesNothing() {
        share.given(ShareHistory.granting())
                .when(new RecordShareItemOutcome(SHARE, "run-old", ITEM, true, null))
                .expectNoEvents();
    }

    @Test
    void recordingAnOutcomeForAnItemOutsideTheRunIsRefused() {
        share.given(ShareHistory.with(ShareHistory.granting(), ShareSamples.added(ITEM2, FOLDER,
                        ShareObjectStatus.Share_In_Progress)))
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM2, true, null))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("PendingApproval cannot go to"));
    }

    @Test
    void finishingAGrantRunProcessesTheShare() {
        share.given(ShareHistory.with(ShareHistory.granting(), processedItem(RUN, ShareItemStatus.Share_Succeeded,
                        null)))
                .when(new FinishShareProcessing(SHARE, RUN))
                .expectEvents(ShareHistory.finished(RUN));
    }

    @Test
    void finishingARevokeRunProcessesTheShare() {
        share.given(ShareHistory.with(ShareHistory.revoking(NEXT_RUN), processedItem(NEXT_RUN,
                        ShareItemStatus.Revoke_Succeeded, null)))
                .when(new FinishShareProcessing(SHARE, NEXT_RUN))
                .expectEvents(ShareHistory.finished(NEXT_RUN));
    }

    @Test
    void finishingARevokeRunWithItemsPendingApprovalReturnsTheShareToDraft() {
        share.given(ShareHistory.with(ShareHistory.processed(),
                        ShareSamples.added(ITEM2, FOLDER, ShareObjectStatus.Draft),
                        new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                                Map.of(ITEM, ShareItemStatus.Revoke_Approved), NEXT_RUN, false, "bob", NOW),
                        new ShareProcessingStarted(SHARE, NEXT_RUN, ShareProcessingKind.REVOKE,
                                ShareObjectStatus.Revoke_In_Progress, Map.of(ITEM, ShareItemStatus.Revoke_In_Progress),
                                NOW),
                        processedItem(NEXT_RUN, ShareItemStatus.Revoke_Succeeded, null)))
                .when(new FinishShareProcessing(SHARE, NEXT_RUN))
                .expectEvents(new ShareProcessingFinished(SHARE, NEXT_RUN, ShareObjectStatus.Draft, NOW));
    }

    @Test
    void finishingARunTwiceChangesNothing() {
        share.given(ShareHistory.processed())
                .when(new FinishShareProcessing(SHARE, RUN))
                .expectNoEvents();
    }

    @Test
    void finishingAnotherRunChangesNothing() {
        share.given(ShareHistory.granting())
                .when(new FinishShareProcessing(SHARE, "run-old"))
                .expectNoEvents();
    }

    @Test
    void theCleanupOutcomesOfAForcedDeleteAreRecordedAsRevocations() {
        share.given(ShareHistory.with(ShareHistory.processed(), new ShareObjectDeleted(SHARE, "dataset1", true,
                        List.of(ITEM), "cleanup", "bob", NOW)))
                .when(new RecordShareItemOutcome(SHARE, "cleanup", ITEM, true, null))
                .expectEvents(new ShareItemProcessed(SHARE, "cleanup", ITEM, ShareItemStatus.Revoke_Succeeded,
                        null, NOW));
    }

    @Test
    void aCleanupOutcomeIsRecordedOnlyOnce() {
        share.given(ShareHistory.with(ShareHistory.processed(), new ShareObjectDeleted(SHARE, "dataset1", true,
                        List.of(ITEM), "cleanup", "bob", NOW),
                        new ShareItemProcessed(SHARE, "cleanup", ITEM, ShareItemStatus.Revoke_Failed, "denied", NOW)))
                .when(new RecordShareItemOutcome(SHARE, "cleanup", ITEM, true, null))
                .expectNoEvents();
    }

    @Test
    void startingOrFinishingTheCleanupOfADeletedShareChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.processed(), new ShareObjectDeleted(SHARE, "dataset1", true,
                        List.of(ITEM), "cleanup", "bob", NOW)))
                .when(new StartShareProcessing(SHARE, "cleanup"))
                .expectNoEvents();
        share.given(ShareHistory.with(ShareHistory.processed(), new ShareObjectDeleted(SHARE, "dataset1", true,
                        List.of(ITEM), "cleanup", "bob", NOW)))
                .when(new FinishShareProcessing(SHARE, "cleanup"))
                .expectNoEvents();
    }

    @Test
    void theOutcomesOfARunADeleteInterruptedAreIgnored() {
        share.given(ShareHistory.with(ShareHistory.granting(), new ShareObjectDeleted(SHARE, "dataset1", true,
                        List.of(ITEM), "cleanup", "bob", NOW)))
                .when(new RecordShareItemOutcome(SHARE, RUN, ITEM, true, null))
                .expectNoEvents();
    }
}
