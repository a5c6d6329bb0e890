package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.StackDeployer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** deleteDataset: the dataset leaves Grantline, and with deleteFromAWS its stack leaves the account. */
class DeleteDatasetApiTest extends DatasetApiSupport {

    @Autowired
    StackDeployer stackDeployer;

    String label;
    String datasetUri;

    @BeforeEach
    void createADataset() {
        label = unique("to-delete");
        datasetUri = createDatasetUri(label);
    }

    GraphQl delete(User user, String uri, boolean fromAws) {
        return user.graphql(DELETE, "uri", uri, "fromAws", fromAws);
    }

    @Test
    void deleteDatasetAnswersTrueAndTheDatasetIsGone() {
        boolean deleted = delete(owner, datasetUri, false).data("deleteDataset").asBoolean();

        assertThat(deleted).isTrue();
        assertThat(owner.graphql(GET, "uri", datasetUri).error()).contains("ObjectNotFound").contains(datasetUri);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void deletingFromAwsDeletesTheDatasetStack() {
        awaitDatasetStack(datasetUri, "CREATE_COMPLETE");
        String stackId = owner.graphql(GET_STACK, "env", environmentUri, "stack",
                        get(owner, datasetUri).get("stack").get("stackUri").asText(), "target", datasetUri, "type",
                        "dataset")
                .text("getStack.stackid");

        delete(owner, datasetUri, true).data("deleteDataset");

        awaitCloud("stack " + stackId + " to be deleted")
                .untilAsserted(() -> assertThat(stackDeployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE"));
    }

    @Test
    void outsiderCannotDeleteTheDataset() {
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> delete(outsider, datasetUri, true));

        assertUnauthorized(error, outsider, "DELETE_DATASET", datasetUri);
        assertThat(get(owner, datasetUri).get("label").asText()).isEqualTo(label);
    }

    @Test
    void stewardsCannotDeleteTheDataset() {
        String stewards = unique("stewards");
        owner.graphql(UPDATE, "uri", datasetUri, "input",
                map("KmsAlias", get(owner, datasetUri).get("restricted").get("KmsAlias").asText(),
                        "stewards", stewards)).data("updateDataset");
        User steward = signIn(unique("steward"), stewards);

        String error = refusedWithoutChange(datasetUri, () -> delete(steward, datasetUri, false));

        assertUnauthorized(error, steward, "DELETE_DATASET", datasetUri);
    }

    @Test
    void deleteOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(delete(owner, "no-such-dataset", false).error(), "no-such-dataset");
    }

    @Test
    void aDeletedDatasetCannotBeDeletedAgain() {
        delete(owner, datasetUri, false).data("deleteDataset");

        String error = refusedWithoutChange(datasetUri, () -> delete(owner, datasetUri, false));

        assertRefusedAsUnknown(error, datasetUri);
    }
}
