package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** revokeItemsShareObject, deleteShareObject (refused while shared unless forced) and deleteDataset while shared. */
class ShareRevocationApiTest extends ShareApiSupport {

    @Test
    void revokeItemsShareObjectTakesTheGrantsBack() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, Map.of(dataset.datasetUri(), "S3Bucket"));
        assertThat(canReadObject(role, dataset, "orders/orders.csv")).isTrue();

        requester.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");

        awaitItems(shareUri, "Processed", "Revoke_Succeeded");
        assertThat(canReadObject(role, dataset, "orders/orders.csv")).isFalse();
    }

    @Test
    void theApproversMayRevokeToo() {
        String shareUri = processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));

        owner.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");

        awaitItems(shareUri, "Processed", "Revoke_Succeeded");
    }

    @Test
    void revokingItemsThatAreNotGrantedIsRefusedByTheStateMachine() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "S3Bucket", shared.crawled().datasetUri());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REVOKE, "input", allItems(shareUri)));

        assertThat(error).contains("UnauthorizedOperation").contains("PendingApproval cannot go to");
    }

    @Test
    void anOutsiderCannotRevoke() {
        String shareUri = submittedShare();
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(REVOKE, "input", allItems(shareUri)));

        assertUnauthorized(error, outsider, "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void aTeamWithoutManageSharesCannotRevoke() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(REVOKE, "input",
                allItems(shareUri)));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void anItemOfAnotherShareIsRefusedNamingIt() {
        String shareUri = submittedShare();
        String other = submittedShare();
        String foreignItem = items(other).keySet().iterator().next();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REVOKE, "input",
                selection(shareUri, List.of(foreignItem))));

        assertThat(error).contains("InvalidInput").contains("itemUris").contains(foreignItem);
    }

    @Test
    void aSelectionWithoutItemsIsRefused() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REVOKE, "input",
                selection(shareUri, List.of())));

        assertThat(error).contains("itemUris");
    }

    @Test
    void deleteShareObjectDeletesAShareWithNothingGranted() {
        String shareUri = submittedShare();

        assertThat(requester.graphql(DELETE_SHARE, "share", shareUri).data("deleteShareObject").asBoolean()).isTrue();

        assertRefusedAsUnknown(requester.graphql(GET_SHARE, "share", shareUri).error(), shareUri);
    }

    @Test
    void aShareWithGrantedItemsIsNotDeleted() {
        String shareUri = processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(DELETE_SHARE, "share", shareUri,
                "force", false));

        assertThat(error).contains("ShareItemsFound");
        assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Processed");
    }

    @Test
    void aForcedDeleteDeletesTheShareAndTakesItsGrantsBack() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, Map.of(dataset.table("customers"), "Table"));
        assertThat(canReadTable(role, dataset, "customers")).isTrue();

        assertThat(requester.graphql(DELETE_SHARE, "share", shareUri, "force", true).data("deleteShareObject")
                .asBoolean()).isTrue();

        assertRefusedAsUnknown(requester.graphql(GET_SHARE, "share", shareUri).error(), shareUri);
        awaitCloud("grants of deleted share " + shareUri + " to be taken back").untilAsserted(() ->
                assertThat(canReadTable(role, dataset, "customers")).isFalse());
    }

    @Test
    void anOutsiderCannotDeleteTheShare() {
        String shareUri = submittedShare();
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(DELETE_SHARE, "share", shareUri));

        assertUnauthorized(error, outsider, "DELETE_SHARE_OBJECT", shareUri);
    }

    @Test
    void deletingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(DELETE_SHARE, "share", unknown).error(), unknown);
    }

    @Test
    void aDatasetWithAnActiveShareIsNotDeleted() {
        processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));
        List<String> before = eventsOf(shared.crawled().datasetUri());

        String error = owner.graphql(DELETE_DATASET, "uri", shared.crawled().datasetUri()).error();

        assertThat(error).contains("ResourceInUse").contains("Revoke all dataset shares");
        assertThat(eventsOf(shared.crawled().datasetUri())).isEqualTo(before);
    }

    @Test
    void aTeamWithoutManageSharesCannotDeleteTheShare() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(DELETE_SHARE, "share", shareUri));

        assertWithoutManageShares(error, restricted);
        assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Submitted");
    }

    @Test
    void revokingItemsOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(REVOKE, "input", selection(unknown, List.of("noitem"))).error(),
                unknown);
    }

    @Test
    void revokingOneItemKeepsTheOthersGranted() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, Map.of(dataset.datasetUri(), "S3Bucket",
                dataset.folder("curated"), "StorageLocation"));
        String bucketItem = itemOf(shareUri, dataset.datasetUri());
        String folderItem = itemOf(shareUri, dataset.folder("curated"));

        requester.graphql(REVOKE, "input", selection(shareUri, List.of(bucketItem))).data("revokeItemsShareObject");

        awaitCloud("bucket item of share " + shareUri + " to be revoked").untilAsserted(() -> {
            Map<String, JsonNode> items = items(shareUri);
            assertThat(items.get(bucketItem).get("status").asText()).isEqualTo("Revoke_Succeeded");
            assertThat(items.get(folderItem).get("status").asText()).isEqualTo("Share_Succeeded");
            assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Processed");
        });
    }

    @Test
    void aShareWhoseItemsWereAllRevokedIsDeletedWithoutForce() {
        String shareUri = processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));
        requester.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");
        awaitItems(shareUri, "Processed", "Revoke_Succeeded");

        assertThat(requester.graphql(DELETE_SHARE, "share", shareUri).data("deleteShareObject").asBoolean()).isTrue();

        assertRefusedAsUnknown(requester.graphql(GET_SHARE, "share", shareUri).error(), shareUri);
    }
}
