package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Submitting a share and its review: submit (refused when nothing is pending), approve, reject, the request and
 * reject reasons, and auto-approval datasets.
 */
class ShareReviewApiTest extends ShareApiSupport {

    @Test
    void submittingAShareWithoutPendingItemsIsRefusedWithShareItemsFound() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(SUBMIT, "share", shareUri));

        assertThat(error).contains("ShareItemsFound");
        assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Draft");
    }

    @Test
    void submitShareObjectSendsThePendingItemsToTheApprovers() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));

        JsonNode submitted = requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        assertThat(submitted.get("status").asText()).isEqualTo("Submitted");
        assertThat(texts(submitted.get("items").get("nodes"), "status")).containsExactly("PendingApproval");
        JsonNode inbox = owner.graphql(REQUESTS_TO_ME, "filter", map("datasets_uris",
                java.util.List.of(shared.crawled().datasetUri()), "status", java.util.List.of("Submitted"),
                "pageSize", 1000)).data("getShareRequestsToMe");
        assertThat(texts(inbox.get("nodes"), "shareUri")).contains(shareUri);
    }

    @Test
    void theApproversCannotSubmitTheRequestersShare() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(SUBMIT, "share", shareUri));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void aTeamWithoutManageSharesCannotSubmit() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(SUBMIT, "share", shareUri));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void submittingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(SUBMIT, "share", unknown).error(), unknown);
    }

    @Test
    void approveShareObjectApprovesThePendingItems() {
        String shareUri = submittedShare();

        JsonNode approved = owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");

        assertThat(approved.get("status").asText()).isIn("Approved", "Share_In_Progress", "Processed");
        assertThat(approved.get("userRoleForShareObject").asText()).isEqualTo("Approvers");
        assertThat(texts(approved.get("items").get("nodes"), "status")).allSatisfy(status -> assertThat(status)
                .isIn("Share_Approved", "Share_In_Progress", "Share_Succeeded"));
        awaitItems(shareUri, "Processed", "Share_Succeeded");
    }

    @Test
    void aDraftShareIsNotApproved() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(APPROVE, "share", shareUri));

        assertThat(error).contains("UnauthorizedOperation").contains("Draft");
    }

    @Test
    void anOutsiderCannotApprove() {
        String shareUri = submittedShare();
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(APPROVE, "share", shareUri));

        assertUnauthorized(error, outsider, "APPROVE_SHARE_OBJECT", shareUri);
    }

    @Test
    void approvingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(APPROVE, "share", unknown).error(), unknown);
    }

    @Test
    void rejectShareObjectRejectsThePendingItemsWithTheReason() {
        String shareUri = submittedShare();

        JsonNode rejected = owner.graphql(REJECT, "share", shareUri, "purpose", "Not this month")
                .data("rejectShareObject");

        assertThat(rejected.get("status").asText()).isEqualTo("Rejected");
        assertThat(rejected.get("rejectPurpose").asText()).isEqualTo("Not this month");
        assertThat(texts(rejected.get("items").get("nodes"), "status")).containsExactly("Share_Rejected");
    }

    @Test
    void theRequestersCannotRejectTheirOwnShare() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REJECT, "share", shareUri,
                "purpose", "changed my mind"));

        assertUnauthorized(error, requester, "REJECT_SHARE_OBJECT", shareUri);
    }

    @Test
    void rejectingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(REJECT, "share", unknown, "purpose", "no").error(), unknown);
    }

    @Test
    void aRejectedShareIsResubmittedWithItsRejectedItemsPendingAgain() {
        String shareUri = submittedShare();
        owner.graphql(REJECT, "share", shareUri, "purpose", "Not this month").data("rejectShareObject");

        JsonNode resubmitted = requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        assertThat(resubmitted.get("status").asText()).isEqualTo("Submitted");
        assertThat(texts(resubmitted.get("items").get("nodes"), "status")).containsExactly("PendingApproval");
    }

    @Test
    void updateShareRejectReasonChangesTheReasonTheApproversGave() {
        String shareUri = submittedShare();
        owner.graphql(REJECT, "share", shareUri, "purpose", "Not this month").data("rejectShareObject");

        assertThat(owner.graphql(UPDATE_REJECT_REASON, "share", shareUri, "purpose", "Ask again in June")
                .data("updateShareRejectReason").asBoolean()).isTrue();

        assertThat(share(requester, shareUri).get("rejectPurpose").asText()).isEqualTo("Ask again in June");
    }

    @Test
    void theRequestersCannotChangeTheRejectReason() {
        String shareUri = submittedShare();
        owner.graphql(REJECT, "share", shareUri, "purpose", "Not this month").data("rejectShareObject");

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(UPDATE_REJECT_REASON, "share",
                shareUri, "purpose", "approved really"));

        assertUnauthorized(error, requester, "REJECT_SHARE_OBJECT", shareUri);
    }

    @Test
    void changingTheRejectReasonOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(UPDATE_REJECT_REASON, "share", unknown, "purpose", "x").error(),
                unknown);
    }

    @Test
    void updateShareRequestReasonChangesWhyTheRequestersAsk() {
        String shareUri = submittedShare();

        assertThat(requester.graphql(UPDATE_REQUEST_REASON, "share", shareUri, "purpose", "Quarterly report")
                .data("updateShareRequestReason").asBoolean()).isTrue();

        assertThat(share(owner, shareUri).get("requestPurpose").asText()).isEqualTo("Quarterly report");
    }

    @Test
    void theApproversCannotChangeTheRequestReason() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_REQUEST_REASON, "share", shareUri,
                "purpose", "because"));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void changingTheRequestReasonOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(UPDATE_REQUEST_REASON, "share", unknown, "purpose", "x").error(),
                unknown);
    }

    @Test
    void submittingToAnAutoApprovalDatasetApprovesAndGrantsTheItems() {
        Principal role = consumptionRole();
        Dataset dataset = shared.autoApproval();
        String shareUri = requestShare(dataset.datasetUri(), role);
        addItem(shareUri, "S3Bucket", dataset.datasetUri());

        JsonNode submitted = requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        assertThat(submitted.get("status").asText()).isIn("Approved", "Share_In_Progress", "Processed");
        assertThat(submitted.get("userRoleForShareObject").asText()).isIn("Requesters", "ApproversAndRequesters");
        awaitItems(shareUri, "Processed", "Share_Succeeded");
        assertThat(canReadObject(role, dataset, "any/object.csv")).isTrue();
    }

    @Test
    void anItemTheShareRequestedIsOnlyApprovedOnce() {
        String shareUri = processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(APPROVE, "share", shareUri));

        assertThat(error).contains("UnauthorizedOperation").contains("Processed");
    }

    @Test
    void aTeamWithoutManageSharesCannotApprove() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(APPROVE, "share", shareUri));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTeamWithoutManageSharesCannotReject() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(REJECT, "share", shareUri,
                "purpose", "no"));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aDraftShareIsNotRejected() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(REJECT, "share", shareUri,
                "purpose", "too early"));

        assertThat(error).contains("UnauthorizedOperation").contains("Draft");
    }

    @Test
    void aTeamWithoutManageSharesCannotChangeTheRejectReason() {
        String shareUri = submittedShare();
        owner.graphql(REJECT, "share", shareUri, "purpose", "Not this month").data("rejectShareObject");
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(UPDATE_REJECT_REASON, "share",
                shareUri, "purpose", "x"));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTeamWithoutManageSharesCannotChangeTheRequestReason() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(UPDATE_REQUEST_REASON, "share",
                shareUri, "purpose", "x"));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aShareUriThatIsNotGivenIsRefusedBeforeAnythingRuns() {
        String error = requester.graphql("mutation { submitShareObject(shareUri: null) { shareUri } }").error();

        assertThat(error).contains("shareUri");
    }
}
