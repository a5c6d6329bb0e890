package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.APPROVERS;
import static io.grantline.command.share.ShareSamples.FOLDER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.ITEM2;
import static io.grantline.command.share.ShareSamples.MONTHLY;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.STRANGER;
import static io.grantline.command.share.ShareSamples.monthsAfterNow;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareCommands.ApproveShareExtension;
import io.grantline.api.share.ShareCommands.RemoveShareItemFilter;
import io.grantline.api.share.ShareCommands.UpdateShareExpirationPeriod;
import io.grantline.api.share.ShareCommands.UpdateShareExtensionReason;
import io.grantline.api.share.ShareCommands.UpdateShareItemFilters;
import io.grantline.api.share.ShareCommands.UpdateShareRejectPurpose;
import io.grantline.api.share.ShareCommands.UpdateShareRequestPurpose;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionReasonUpdated;
import io.grantline.api.share.ShareEvents.ShareItemFilterRemoved;
import io.grantline.api.share.ShareEvents.ShareItemFiltersUpdated;
import io.grantline.api.share.ShareEvents.ShareRejectPurposeUpdated;
import io.grantline.api.share.ShareEvents.ShareRequestPurposeUpdated;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShareUpdateTest {

    static final AttachedDataFilter EU_ONLY = new AttachedDataFilter("adf00001", "eu only", List.of("filter01"),
            List.of("region_eu"));

    final ShareFixture share = new ShareFixture();

    @Test
    void theRequestersUpdateTheRequestPurpose() {
        share.given(ShareHistory.submitted())
                .when(new UpdateShareRequestPurpose(SHARE, "quarterly audit", REQUESTER))
                .expectEvents(new ShareRequestPurposeUpdated(SHARE, "quarterly audit", NOW));
    }

    @Test
    void updatingTheRequestPurposeByTheApproversIsRefused() {
        share.given(ShareHistory.submitted())
                .when(new UpdateShareRequestPurpose(SHARE, "x", APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("SUBMIT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void theApproversUpdateTheRejectPurpose() {
        share.given(ShareHistory.rejected())
                .when(new UpdateShareRejectPurpose(SHARE, "ask again next year", APPROVERS, APPROVER))
                .expectEvents(new ShareRejectPurposeUpdated(SHARE, "ask again next year", NOW));
    }

    @Test
    void updatingTheRejectPurposeByTheRequestersIsRefused() {
        share.given(ShareHistory.rejected())
                .when(new UpdateShareRejectPurpose(SHARE, "x", APPROVERS, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("REJECT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void theRequestersUpdateTheExtensionReason() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new UpdateShareExtensionReason(SHARE, "audit moved", REQUESTER))
                .expectEvents(new ShareExtensionReasonUpdated(SHARE, "audit moved", NOW));
    }

    @Test
    void updatingTheExtensionReasonByAnotherTeamIsRefused() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new UpdateShareExtensionReason(SHARE, "x", STRANGER))
                .expectException(UnauthorizedOperation.class);
    }

    @Test
    void updatingTheExpirationPeriodOfADraftShareChangesItsPeriod() {
        share.given(ShareHistory.draft(MONTHLY, 6, false))
                .when(new UpdateShareExpirationPeriod(SHARE, 9, null, REQUESTER))
                .expectEvents(new ShareExpirationPeriodUpdated(SHARE, 9, false, null, NOW));
    }

    @Test
    void makingASubmittedShareNonExpiringDropsItsPeriod() {
        share.given(ShareHistory.with(ShareHistory.draft(MONTHLY, 6, false), ShareSamples.submitted(Map.of())))
                .when(new UpdateShareExpirationPeriod(SHARE, null, true, REQUESTER))
                .expectEvents(new ShareExpirationPeriodUpdated(SHARE, null, true, null, NOW));
    }

    @Test
    void updatingTheExpirationPeriodWhileAnExtensionWaitsChangesTheExtensionsPeriod() {
        share.given(ShareHistory.with(ShareHistory.extensionSubmitted(),
                        new ShareExpirationPeriodUpdated(SHARE, 5, false, monthsAfterNow(6), NOW)))
                .when(new ApproveShareExtension(SHARE, APPROVERS, APPROVER))
                .expectEvents(new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed,
                        Map.of(ITEM, ShareItemStatus.Share_Succeeded), monthsAfterNow(5), false, "alice", NOW));
    }

    @Test
    void updatingTheExpirationPeriodKeepsTheGrantedExpiryWhileAnExtensionWaits() {
        share.given(ShareHistory.extensionSubmitted())
                .when(new UpdateShareExpirationPeriod(SHARE, 5, null, REQUESTER))
                .expectEvents(new ShareExpirationPeriodUpdated(SHARE, 5, false, monthsAfterNow(6), NOW));
    }

    @Test
    void updatingTheExpirationPeriodOfAProcessedShareIsRefused() {
        share.given(ShareHistory.expiringProcessed())
                .when(new UpdateShareExpirationPeriod(SHARE, 9, null, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Cannot update share object's expiration as it is not in"
                        + " Submitted, Submitted_For_Extension, Draft"));
    }

    @Test
    void updatingTheExpirationPeriodBeyondTheDatasetsBoundsIsRefusedNamingExpiration() {
        share.given(ShareHistory.draft(MONTHLY, 6, false))
                .when(new UpdateShareExpirationPeriod(SHARE, 0, null, REQUESTER))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("expiration must be between 1 and 12 months"));
    }

    @Test
    void updatingTheExpirationPeriodOfADatasetWithoutExpirationIsRefused() {
        share.given(ShareHistory.draft())
                .when(new UpdateShareExpirationPeriod(SHARE, 3, false, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("dataset doesn't have share expiration enabled"));
    }

    @Test
    void updatingTheExpirationPeriodByTheApproversIsRefused() {
        share.given(ShareHistory.draft(MONTHLY, 6, false))
                .when(new UpdateShareExpirationPeriod(SHARE, 3, null, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("SUBMIT_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void theApproversAttachDataFiltersToATableNotYetShared() {
        share.given(ShareHistory.submitted())
                .when(new UpdateShareItemFilters(SHARE, ITEM, EU_ONLY, APPROVERS, APPROVER))
                .expectEvents(new ShareItemFiltersUpdated(SHARE, ITEM, EU_ONLY, NOW));
    }

    @Test
    void replacingDataFiltersKeepsTheAttachedFilterUri() {
        share.given(ShareHistory.with(ShareHistory.submitted(), new ShareItemFiltersUpdated(SHARE, ITEM, EU_ONLY,
                        NOW)))
                .when(new UpdateShareItemFilters(SHARE, ITEM, new AttachedDataFilter("adf00002", "eu and us",
                        List.of("filter01", "filter02"), List.of("region_eu", "region_us")), APPROVERS, APPROVER))
                .expectEvents(new ShareItemFiltersUpdated(SHARE, ITEM, new AttachedDataFilter("adf00001",
                        "eu and us", List.of("filter01", "filter02"), List.of("region_eu", "region_us")), NOW));
    }

    @Test
    void attachingDataFiltersToAFolderIsRefused() {
        share.given(ShareHistory.with(ShareHistory.draft(), ShareSamples.added(ITEM2, FOLDER,
                        ShareObjectStatus.Draft)))
                .when(new UpdateShareItemFilters(SHARE, ITEM2, EU_ONLY, APPROVERS, APPROVER))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("not Table - required for data filters"));
    }

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"Share_Succeeded", "Share_In_Progress", "Revoke_Approved",
            "Revoke_In_Progress", "Revoke_Failed"})
    void attachingDataFiltersToASharedTableIsRefused(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Processed, status))
                .when(new UpdateShareItemFilters(SHARE, ITEM, EU_ONLY, APPROVERS, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Share item already shared in state " + status
                        + " - can not assign filters"));
    }

    @Test
    void attachingDataFiltersByTheRequestersIsRefused() {
        share.given(ShareHistory.submitted())
                .when(new UpdateShareItemFilters(SHARE, ITEM, EU_ONLY, APPROVERS, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("APPROVE_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void attachingDataFiltersWithoutALabelIsRefused() {
        share.given(ShareHistory.submitted())
                .when(new UpdateShareItemFilters(SHARE, ITEM, new AttachedDataFilter("adf00001", " ",
                        List.of("filter01"), List.of("region_eu")), APPROVERS, APPROVER))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"));
    }

    @Test
    void theApproversRemoveDataFiltersOfATableNotYetShared() {
        share.given(ShareHistory.with(ShareHistory.submitted(), new ShareItemFiltersUpdated(SHARE, ITEM, EU_ONLY,
                        NOW)))
                .when(new RemoveShareItemFilter(SHARE, ITEM, "adf00001", APPROVERS, APPROVER))
                .expectEvents(new ShareItemFilterRemoved(SHARE, ITEM, "adf00001", NOW));
    }

    @Test
    void removingDataFiltersOfAGrantedTableIsRefused() {
        share.given(ShareHistory.with(ShareHistory.submitted(), new ShareItemFiltersUpdated(SHARE, ITEM, EU_ONLY,
                        NOW), ShareHistory.in(ShareObjectStatus.Processed, ShareItemStatus.Share_Succeeded).get(2)))
                .when(new RemoveShareItemFilter(SHARE, ITEM, "adf00001", APPROVERS, APPROVER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("can not remove filters, must revoke first"));
    }

    @Test
    void removingAFilterTheItemDoesNotHaveIsRefusedAsNotFound() {
        share.given(ShareHistory.submitted())
                .when(new RemoveShareItemFilter(SHARE, ITEM, "adf00009", APPROVERS, APPROVER))
                .expectException(ObjectNotFound.class);
    }
}
