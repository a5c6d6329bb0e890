package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** updateDataset: its description, topics, tags, confidentiality, stewards, auto-approval and business owner. */
class UpdateDatasetApiTest extends DatasetApiSupport {

    String datasetUri;
    String kmsAlias;

    @BeforeEach
    void createADataset() {
        JsonNode dataset = createDataset(unique("to-update"));
        datasetUri = dataset.get("datasetUri").asText();
        kmsAlias = dataset.get("restricted").get("KmsAlias").asText();
    }

    GraphQl update(User user, Object... changes) {
        Map<String, Object> input = map(changes);
        input.putIfAbsent("KmsAlias", kmsAlias);
        return user.graphql(UPDATE, "uri", datasetUri, "input", input);
    }

    @Test
    void updateDatasetChangesTheGivenFields() {
        JsonNode updated = update(owner, "description", "Every order since 2020", "tags", List.of("orders", "finance"),
                "topics", List.of("Finances", "Orders"), "confidentiality", "Official", "autoApprovalEnabled", true,
                "businessOwnerEmail", "owner@example.com", "language", "French").data("updateDataset");

        assertThat(updated.get("description").asText()).isEqualTo("Every order since 2020");
        assertThat(texts(updated.get("tags"))).containsExactly("orders", "finance");
        assertThat(texts(updated.get("topics"))).containsExactly("Finances", "Orders");
        assertThat(updated.get("confidentiality").asText()).isEqualTo("Official");
        assertThat(updated.get("autoApprovalEnabled").asBoolean()).isTrue();
        assertThat(updated.get("language").asText()).isEqualTo("French");
    }

    @Test
    void fieldsLeftOutKeepTheirValues() {
        JsonNode before = get(owner, datasetUri);

        JsonNode updated = update(owner, "description", "only the description").data("updateDataset");

        assertThat(updated.get("label").asText()).isEqualTo(before.get("label").asText());
        assertThat(texts(updated.get("tags"))).isEqualTo(texts(before.get("tags")));
        assertThat(texts(updated.get("topics"))).isEqualTo(texts(before.get("topics")));
        assertThat(updated.get("confidentiality").asText()).isEqualTo(before.get("confidentiality").asText());
        assertThat(updated.get("restricted").get("S3BucketName").asText())
                .isEqualTo(before.get("restricted").get("S3BucketName").asText());
    }

    @Test
    void theUpdateIsReadOnTheVeryNextCall() {
        update(owner, "description", "read your writes").data("updateDataset");

        assertThat(get(owner, datasetUri).get("description").asText()).isEqualTo("read your writes");
    }

    @Test
    void newStewardsGainReadAccessAndFormerOnesLoseIt() {
        String former = unique("former-stewards");
        String successors = unique("new-stewards");
        update(owner, "stewards", former).data("updateDataset");
        User formerSteward = signIn(unique("former"), former);
        User newSteward = signIn(unique("successor"), successors);

        JsonNode updated = update(owner, "stewards", successors).data("updateDataset");

        assertThat(updated.get("stewards").asText()).isEqualTo(successors);
        assertThat(get(newSteward, datasetUri).get("userRoleForDataset").asText()).isEqualTo("DataSteward");
        assertUnauthorized(formerSteward.graphql(GET_RESTRICTED, "uri", datasetUri).error(), formerSteward,
                "GET_DATASET", datasetUri);
    }

    @Test
    void outsiderCannotUpdateTheDataset() {
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> update(outsider, "description", "vandalized"));

        assertUnauthorized(error, outsider, "UPDATE_DATASET", datasetUri);
        assertThat(get(owner, datasetUri).get("description").asText()).isEqualTo("Orders of the sales team");
    }

    @Test
    void stewardsCannotUpdateTheDataset() {
        String stewards = unique("stewards");
        update(owner, "stewards", stewards).data("updateDataset");
        User steward = signIn(unique("steward"), stewards);

        String error = refusedWithoutChange(datasetUri, () -> update(steward, "description", "by a steward"));

        assertUnauthorized(error, steward, "UPDATE_DATASET", datasetUri);
    }

    @Test
    void updateOfAnUnknownDatasetIsRefusedNamingIt() {
        String error = owner.graphql(UPDATE, "uri", "no-such-dataset", "input",
                map("KmsAlias", kmsAlias, "description", "x")).error();

        assertRefusedAsUnknown(error, "no-such-dataset");
    }

    @Test
    void aConfidentialityDataallDoesNotKnowIsRefusedAndChangesNothing() {
        String error = refusedWithoutChange(datasetUri, () -> update(owner, "confidentiality", "TopSecret",
                "description", "with a bad confidentiality"));

        assertThat(error).contains("InvalidInput").containsIgnoringCase("confidentiality");
        assertThat(get(owner, datasetUri).get("description").asText()).isEqualTo("Orders of the sales team");
    }

    @Test
    void aKmsAliasThatDoesNotExistInTheAccountIsRefusedAndChangesNothing() {
        String error = refusedWithoutChange(datasetUri, () -> update(owner, "KmsAlias", "no-such-key-alias",
                "description", "with a bad key"));

        assertThat(error).contains("no-such-key-alias");
        assertThat(get(owner, datasetUri).get("restricted").get("KmsAlias").asText()).isEqualTo(kmsAlias);
    }
}
