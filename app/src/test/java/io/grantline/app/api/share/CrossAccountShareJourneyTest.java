package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * data.all's main scenario over HTTP against the local cloud: a team of another account gets a table, a folder and
 * the bucket of a dataset, can read them, is found healthy and loses the access on revocation (drift is
 * ShareDriftApiTest's).
 */
class CrossAccountShareJourneyTest extends ShareApiSupport {

    static final String FOLDER_OBJECT = "raw/2024/sales.csv";
    static final String BUCKET_OBJECT = "customers/customers.csv";

    @Test
    void aTeamOfAnotherAccountIsGrantedTableFolderAndBucketThenRevoked() {
        Principal team = consumerTeam();
        Dataset dataset = shared.crawled();
        assertThat(canReadTable(team, dataset, "customers")).isFalse();

        JsonNode created = create(requester, dataset.datasetUri(), shareInput(team)).data("createShareObject");
        String shareUri = created.get("shareUri").asText();
        assertThat(created.get("status").asText()).isEqualTo("Draft");
        tableFolderAndBucket().forEach((itemUri, itemType) -> addItem(shareUri, itemType, itemUri));
        assertThat(requester.graphql(SUBMIT, "share", shareUri).text("submitShareObject.status"))
                .isEqualTo("Submitted");
        assertThat(owner.graphql(APPROVE, "share", shareUri).text("approveShareObject.status"))
                .isIn("Approved", "Share_In_Progress", "Processed");

        JsonNode processed = awaitItems(shareUri, "Processed", "Share_Succeeded");
        assertThat(processed.get("items").get("count").asInt()).isEqualTo(3);
        assertThat(processed.get("statistics").get("sharedItems").asInt()).isEqualTo(3);
        assertThat(canReadTable(team, dataset, "customers")).as("table through the resource link").isTrue();
        assertThat(canReadTable(team, dataset, "orders")).as("a table not shared").isFalse();
        assertThat(canReadObject(team, dataset, FOLDER_OBJECT)).as("object under the folder").isTrue();
        assertThat(canReadObject(team, dataset, BUCKET_OBJECT)).as("object of the bucket").isTrue();

        requester.graphql(VERIFY, "input", allItems(shareUri)).data("verifyItemsShareObject");
        awaitHealth(shareUri, "Healthy");

        JsonNode revoking = requester.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");
        assertThat(revoking.get("status").asText()).isIn("Revoked", "Revoke_In_Progress", "Processed");
        awaitItems(shareUri, "Processed", "Revoke_Succeeded");
        assertThat(canReadTable(team, dataset, "customers")).isFalse();
        assertThat(canReadObject(team, dataset, FOLDER_OBJECT)).isFalse();
        assertThat(canReadObject(team, dataset, BUCKET_OBJECT)).isFalse();

        assertThat(requester.graphql(DELETE_SHARE, "share", shareUri).data("deleteShareObject").asBoolean()).isTrue();
        assertThat(requester.graphql(GET_SHARE, "share", shareUri).error()).contains(shareUri);
    }

    @Test
    void aSharedFolderIsReadableThroughItsAccessPointOnly() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();

        String shareUri = processedShare(dataset.datasetUri(), role,
                Map.of(dataset.folder("curated"), "StorageLocation"));

        assertThat(canReadObject(role, dataset, "curated/2024/sales.csv")).isTrue();
        assertThat(canReadObject(role, dataset, BUCKET_OBJECT)).as("outside the folder").isFalse();
        assertThat(requester.graphql(CONSUMPTION_DATA, "share", shareUri).data("getS3ConsumptionData")
                .get("s3AccessPointName").asText()).isNotBlank();
    }
}
