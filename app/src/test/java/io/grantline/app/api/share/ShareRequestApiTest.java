package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request workflow over HTTP from end to end of the API: a team of another account requests a dataset's bucket
 * for a role of its own, asks again, adds the bucket, submits, and the dataset's owner team approves.
 */
class ShareRequestApiTest extends ShareApiSupport {

    @Test
    void aRequestedBucketIsSubmittedAndApprovedByTheDatasetOwners() {
        Principal role = consumptionRole();
        String datasetUri = shared.crawled().datasetUri();
        JsonNode created = create(requester, datasetUri, shareInput(role)).data("createShareObject");
        String shareUri = created.get("shareUri").asText();
        assertThat(created.get("alreadyExisted").asBoolean()).isFalse();
        assertThat(created.get("status").asText()).isEqualTo("Draft");
        assertThat(created.get("userRoleForShareObject").asText()).isEqualTo("Requesters");
        assertThat(created.get("policyManagement").asText()).isEqualTo("FULLY_MANAGED");
        assertThat(created.get("dataset").get("datasetUri").asText()).isEqualTo(datasetUri);
        assertThat(created.get("principal").get("principalId").asText()).isEqualTo(role.principalId());

        JsonNode again = create(requester, datasetUri, shareInput(role)).data("createShareObject");
        assertThat(again.get("shareUri").asText()).isEqualTo(shareUri);
        assertThat(again.get("alreadyExisted").asBoolean()).isTrue();

        JsonNode item = requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "S3Bucket", "itemUri", datasetUri)).data("addSharedItem");
        assertThat(item.get("status").asText()).isEqualTo("PendingApproval");
        assertThat(item.get("shareUri").asText()).isEqualTo(shareUri);

        JsonNode submitted = requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        assertThat(submitted.get("status").asText()).isEqualTo("Submitted");
        JsonNode inbox = owner.graphql(REQUESTS_TO_ME, "filter",
                map("datasets_uris", List.of(datasetUri), "pageSize", 1000)).data("getShareRequestsToMe");
        assertThat(inbox.findValuesAsText("shareUri")).contains(shareUri);

        JsonNode approved = owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
        assertThat(approved.get("status").asText()).isIn("Approved", "Share_In_Progress", "Processed");
        assertThat(approved.get("userRoleForShareObject").asText()).isEqualTo("Approvers");
        awaitItems(shareUri, "Processed", "Share_Succeeded");
        assertThat(canReadObject(role, shared.crawled(), "orders/orders.csv")).isTrue();
    }

    @Test
    void theRequestingTeamCannotApproveItsOwnRequest() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(APPROVE, "share", shareUri));

        assertUnauthorized(error, requester, "APPROVE_SHARE_OBJECT", shareUri);
    }
}
