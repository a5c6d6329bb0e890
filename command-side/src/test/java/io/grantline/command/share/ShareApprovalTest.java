package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.APPROVERS;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.MONTHLY;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.QUARTERLY;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.STEWARD;
import static io.grantline.command.share.ShareSamples.STRANGER;
import static io.grantline.command.share.ShareSamples.approved;
import static io.grantline.command.share.ShareSamples.monthsAfterNow;
import static io.grantline.command.share.ShareSamples.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.ShareItemsFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.ApproveShareObject;
import io.grantline.api.share.ShareCommands.RejectShareObject;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShareApprovalTest {

    final ShareFixture share = new ShareFixture();

    @Test
    void submittingADraftShareSubmitsIt() {
        share.given(ShareHistory.draft())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectEvents(submitted(Map.of()));
    }

    @Test
    void submittingARejectedShareSendsItsRejectedItemsBackToPendingApproval() {
        share.given(ShareHistory.rejected())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectEvents(submitted(Map.of(ITEM, ShareItemStatus.PendingApproval)));
    }

    @Test
    void submittingAnExtensionRejectedShareSendsItsFailedItemsBackToPendingApproval() {
        share.given(ShareHistory.in(ShareObjectStatus.Extension_Rejected, ShareItemStatus.Share_Failed))
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectEvents(submitted(Map.of(ITEM, ShareItemStatus.PendingApproval)));
    }

    @Test
    void submittingKeepsItemsThatAreSharedAsTheyAre() {
        share.given(ShareHistory.with(ShareHistory.processed(),
                        ShareSamples.added("shitem02", ShareSamples.FOLDER, ShareObjectStatus.Draft)))
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectEvents(submitted(Map.of()));
    }

    @Test
    void submittingAnEmptyShareIsRefusedWithShareItemsFound() {
        share.given(ShareHistory.with(ShareHistory.draft(), new ShareItemRemoved(SHARE, ITEM, "table001", "bob",
                        NOW)))
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectException(ShareItemsFound.class)
                .expectExceptionMessage(containsString(
                        "(ShareItemsFound) when calling Submit Share Object operation:\n"
                                + "The request is empty of pending items. Add items to share request."));
    }

    @Test
    void submittingAShareWhoseItemsAreAllSharedIsRefusedWithShareItemsFound() {
        share.given(ShareHistory.processed())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectException(ShareItemsFound.class);
    }

    @Test
    void submittingAProcessedShareWithAFailedItemIsRefusedAsATransitionNotPossible() {
        share.given(ShareHistory.failed())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("(UnauthorizedOperation) when calling Submit operation:\n"
                        + "This transition is not possible, Processed cannot go to ['Submitted']"));
    }

    @Test
    void submittingASubmittedShareAgainChangesNothing() {
        share.given(ShareHistory.submitted())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectNoEvents();
    }

    @Test
    void submittingByAnotherTeamIsRefusedNamingSubmitShareObject() {
        share.given(ShareHistory.draft())
                .when(new SubmitShareObject(SHARE, false, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "User: alice is not authorized to perform: SUBMIT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void submittingToAnAutoApprovalDatasetApprovesInTheSameCommand() {
        share.given(ShareHistory.draft())
                .when(new SubmitShareObject(SHARE, true, REQUESTER))
                .expectEvents(submitted(Map.of()), new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                        Map.of(ITEM, ShareItemStatus.Share_Approved), null, null, "bob", NOW));
    }

    @Test
    void approvingASubmittedShareApprovesItsPendingItems() {
        share.given(ShareHistory.submitted())
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectEvents(approved(null, null));
    }

    @Test
    void approvingHandsTheGrantToANewProcessingRun() {
        List<Object> events = new ArrayList<>();
        share.given(ShareHistory.submitted())
                .when(new ApproveShareObject(SHARE, APPROVERS, STEWARD))
                .expectEventsMatching(ShareFixture.capturedInto(events));

        assertThat(((ShareObjectApproved) events.get(0)).processingId()).isNotBlank().isNotEqualTo(RUN);
    }

    @Test
    void approvingByANonApproverIsRefusedNamingApproveShareObject() {
        share.given(ShareHistory.submitted())
                .when(new ApproveShareObject(SHARE, APPROVERS, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "User: bob is not authorized to perform: APPROVE_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void approvingWithoutKnownApproversIsRefused() {
        share.given(ShareHistory.submitted())
                .when(new ApproveShareObject(SHARE, null, APPROVER))
                .expectException(UnauthorizedOperation.class);
    }

    @ParameterizedTest
    @EnumSource(value = ShareObjectStatus.class, names = {"Draft", "Rejected", "Processed", "Revoked",
            "Share_In_Progress", "Revoke_In_Progress", "Submitted_For_Extension", "Extension_Rejected"})
    void approvingAShareThatIsNotSubmittedIsRefused(ShareObjectStatus status) {
        share.given(ShareHistory.in(status, ShareItemStatus.PendingApproval))
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(status + " cannot go to ['Approved']"));
    }

    @Test
    void approvingAnApprovedShareAgainChangesNothing() {
        share.given(ShareHistory.approved())
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectNoEvents();
    }

    @Test
    void approvingSetsTheExpiryThePeriodInMonthsAfterApproval() {
        share.given(ShareHistory.with(ShareHistory.draft(MONTHLY, 6, false), submitted(Map.of())))
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectEvents(approved(null, monthsAfterNow(6)));
    }

    @Test
    void approvingAQuarterlyDatasetsShareCountsThreeMonthsPerPeriod() {
        share.given(ShareHistory.with(ShareHistory.draft(QUARTERLY, 2, false), submitted(Map.of())))
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectEvents(approved(null, monthsAfterNow(6)));
    }

    @Test
    void approvingANonExpirableShareSetsNoExpiry() {
        share.given(ShareHistory.with(ShareHistory.draft(MONTHLY, null, true), submitted(Map.of())))
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectEvents(approved(null, null));
    }

    @Test
    void approvingItemsAddedLaterKeepsTheFirstExpiry() {
        Object secondItem = ShareSamples.added("shitem02", ShareSamples.FOLDER, ShareObjectStatus.Draft);
        share.given(ShareHistory.with(ShareHistory.expiringProcessed(), secondItem, submitted(Map.of())))
                .andGivenCurrentTime(NOW.plusSeconds(86_400))
                .when(new ApproveShareObject(SHARE, APPROVERS, APPROVER))
                .expectEvents(new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                        Map.of("shitem02", ShareItemStatus.Share_Approved), monthsAfterNow(6), null, "alice",
                        NOW.plusSeconds(86_400)));
    }

    @Test
    void rejectingASubmittedShareRejectsItsPendingItems() {
        share.given(ShareHistory.submitted())
                .when(new RejectShareObject(SHARE, "not needed", APPROVERS, APPROVER))
                .expectEvents(new ShareObjectRejected(SHARE, ShareObjectStatus.Rejected,
                        Map.of(ITEM, ShareItemStatus.Share_Rejected), "not needed", "alice", NOW));
    }

    @Test
    void rejectingAnExtensionRequestKeepsTheItemsShared() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new RejectShareObject(SHARE, "too long", APPROVERS, APPROVER))
                .expectEvents(new ShareObjectRejected(SHARE, ShareObjectStatus.Extension_Rejected,
                        Map.of(ITEM, ShareItemStatus.Share_Succeeded), "too long", "alice", NOW));
    }

    @Test
    void rejectingByANonApproverIsRefusedNamingRejectShareObject() {
        share.given(ShareHistory.submitted())
                .when(new RejectShareObject(SHARE, "no", APPROVERS, STRANGER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "User: eve is not authorized to perform: REJECT_SHARE_OBJECT on resource: share001"));
    }

    @ParameterizedTest
    @EnumSource(value = ShareObjectStatus.class, names = {"Draft", "Approved", "Processed", "Revoked",
            "Share_In_Progress", "Revoke_In_Progress", "Extension_Rejected"})
    void rejectingAShareThatIsNotSubmittedIsRefused(ShareObjectStatus status) {
        share.given(ShareHistory.in(status, ShareItemStatus.PendingApproval))
                .when(new RejectShareObject(SHARE, "no", APPROVERS, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(status + " cannot go to ['Rejected']"));
    }

    @Test
    void rejectingARejectedShareAgainChangesNothing() {
        share.given(ShareHistory.rejected())
                .when(new RejectShareObject(SHARE, "still no", APPROVERS, APPROVER))
                .expectNoEvents();
    }
}
