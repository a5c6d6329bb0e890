package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Whether what was granted is still there: verify and re-apply, for items of a share or for every share of a
 * dataset (drift found and repaired is CrossAccountShareJourneyTest's).
 */
class ShareHealthApiTest extends ShareApiSupport {

    @Test
    void verifyItemsShareObjectFindsGrantedItemsHealthy() {
        String shareUri = processedBucketShare();

        JsonNode verifying = requester.graphql(VERIFY, "input", allItems(shareUri)).data("verifyItemsShareObject");

        assertThat(verifying.get("shareUri").asText()).isEqualTo(shareUri);
        JsonNode item = awaitVerified(shareUri);
        assertThat(item.get("healthStatus").asText()).isEqualTo("Healthy");
    }

    @Test
    void anOutsiderCannotVerify() {
        String shareUri = submittedShare();
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(VERIFY, "input", allItems(shareUri)));

        assertUnauthorized(error, outsider, "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void verifyingAnItemOfAnotherShareIsRefusedNamingIt() {
        String shareUri = submittedShare();
        String foreignItem = items(submittedShare()).keySet().iterator().next();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(VERIFY, "input",
                selection(shareUri, List.of(foreignItem))));

        assertThat(error).contains("InvalidInput").contains(foreignItem);
    }

    @Test
    void reApplyItemsShareObjectByTheApproversKeepsAHealthyShareHealthy() {
        String shareUri = processedBucketShare();

        owner.graphql(REAPPLY, "input", allItems(shareUri)).data("reApplyItemsShareObject");

        assertThat(awaitVerified(shareUri).get("healthStatus").asText()).isEqualTo("Healthy");
    }

    @Test
    void reApplyingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        String error = owner.graphql(REAPPLY, "input", selection(unknown, List.of("noitem"))).error();

        assertRefusedAsUnknown(error, unknown);
    }

    @Test
    void reApplyingWithoutItemsIsRefused() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(REAPPLY, "input",
                selection(shareUri, List.of())));

        assertThat(error).contains("itemUris");
    }

    @Test
    void verifyDatasetShareObjectsVerifiesTheNamedSharesOfTheDataset() {
        String shareUri = processedBucketShare();

        assertThat(owner.graphql(VERIFY_DATASET, "input", map("datasetUri", shared.crawled().datasetUri(),
                "shareUris", List.of(shareUri))).data("verifyDatasetShareObjects").asBoolean()).isTrue();

        assertThat(awaitVerified(shareUri).get("healthStatus").asText()).isEqualTo("Healthy");
    }

    @Test
    void theRequestersCannotVerifyTheDatasetsShares() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(VERIFY_DATASET, "input",
                map("datasetUri", shared.crawled().datasetUri(), "shareUris", List.of(shareUri))));

        assertUnauthorized(error, requester, "UPDATE_DATASET", shared.crawled().datasetUri());
    }

    @Test
    void aShareOfAnotherDatasetIsRefusedNamingIt() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(VERIFY_DATASET, "input",
                map("datasetUri", shared.autoApproval().datasetUri(), "shareUris", List.of(shareUri))));

        assertThat(error).contains("InvalidInput").contains("shareUris").contains(shareUri);
    }

    @Test
    void reApplyShareObjectItemsOnDatasetReAppliesItsGrantedShares() {
        String shareUri = processedBucketShare();

        assertThat(owner.graphql(REAPPLY_DATASET, "dataset", shared.crawled().datasetUri())
                .data("reApplyShareObjectItemsOnDataset").asBoolean()).isTrue();

        assertThat(awaitVerified(shareUri).get("healthStatus").asText()).isEqualTo("Healthy");
    }

    @Test
    void theRequestersCannotReApplyTheDatasetsShares() {
        List<String> before = eventsOf(shared.crawled().datasetUri());

        String error = requester.graphql(REAPPLY_DATASET, "dataset", shared.crawled().datasetUri()).error();

        assertUnauthorized(error, requester, "UPDATE_DATASET", shared.crawled().datasetUri());
        assertThat(eventsOf(shared.crawled().datasetUri())).isEqualTo(before);
    }

    @Test
    void reApplyingOnAnUnknownDatasetIsRefusedNamingIt() {
        String unknown = "nodataset" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(REAPPLY_DATASET, "dataset", unknown).error(), unknown);
    }

    private String processedBucketShare() {
        return processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));
    }

    /**
     * The share's only item once the verification is over: the request marks it PendingVerify (or PendingReApply)
     * before the mutation answers, and the run records Healthy or Unhealthy.
     */
    private JsonNode awaitVerified(String shareUri) {
        AtomicReference<JsonNode> item = new AtomicReference<>();
        awaitCloud("verification of share " + shareUri).untilAsserted(() -> {
            item.set(items(shareUri).values().iterator().next());
            assertThat(item.get().get("healthStatus").asText()).isIn("Healthy", "Unhealthy");
            assertThat(item.get().get("lastVerificationTime").asText()).isNotBlank();
        });
        return item.get();
    }

    @Test
    void theRequestersCannotReApplyTheirShare() {
        String shareUri = submittedShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REAPPLY, "input",
                allItems(shareUri)));

        assertUnauthorized(error, requester, "APPROVE_SHARE_OBJECT", shareUri);
    }

    @Test
    void aTeamWithoutManageSharesCannotVerify() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(VERIFY, "input", allItems(shareUri)));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTeamWithoutManageSharesCannotReApply() {
        String shareUri = submittedShare();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(REAPPLY, "input",
                allItems(shareUri)));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void verifyingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(VERIFY, "input", selection(unknown, List.of("noitem"))).error(),
                unknown);
    }

    @Test
    void verifyingTheSharesOfAnUnknownDatasetIsRefusedNamingIt() {
        String unknown = "nodataset" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(VERIFY_DATASET, "input", map("datasetUri", unknown,
                "shareUris", List.of(submittedShare()))).error(), unknown);
    }
}
