package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dataset stack: synthesized with CDK, deployed to the local cloud, shown by getStack and redeployed by
 * updateStack with targetType "dataset"; each deployment of a dataset redeploys its environment's stack.
 */
class DatasetStackApiTest extends DatasetApiSupport {

    @Autowired
    LocalCloudFaults faults;

    /** An environment of its own (its own account), so its stack's history and injected faults are this test's. */
    record OwnEnvironment(String environmentUri, String stackUri, String account) {
    }

    OwnEnvironment ownEnvironmentWithItsStackDeployed() {
        String ownAccount = randomAccount();
        GraphQl created = owner.graphql(CREATE_ENVIRONMENT, "input",
                environmentInput(organizationUri, team, ownAccount));
        OwnEnvironment environment = new OwnEnvironment(created.text("createEnvironment.environmentUri"),
                created.text("createEnvironment.stack.stackUri"), ownAccount);
        awaitEnvironmentStack(environment, "CREATE_COMPLETE");
        return environment;
    }

    JsonNode environmentStack(OwnEnvironment environment) {
        return owner.graphql(GET_STACK, "env", environment.environmentUri(), "stack", environment.stackUri(),
                "target", environment.environmentUri(), "type", "environment").data("getStack");
    }

    void awaitEnvironmentStack(OwnEnvironment environment, String status) {
        awaitCloud("stack of environment " + environment.environmentUri() + " to reach " + status)
                .untilAsserted(() -> assertThat(environmentStack(environment).get("status").asText()).isEqualTo(status));
    }

    String createDatasetIn(OwnEnvironment environment) {
        Map<String, Object> input = datasetInput(unique("stacked"), team);
        input.put("environmentUri", environment.environmentUri());
        return create(owner, input).text("createDataset.datasetUri");
    }

    GraphQl getStack(User user, String datasetUri) {
        String stackUri = get(owner, datasetUri).get("stack").get("stackUri").asText();
        return user.graphql(GET_STACK, "env", environmentUri, "stack", stackUri, "target", datasetUri,
                "type", "dataset");
    }

    @Test
    void aCreatedDatasetsStackIsDeployedAndItsEnvironmentsStackRedeployed() {
        OwnEnvironment environment = ownEnvironmentWithItsStackDeployed();

        String datasetUri = createDatasetIn(environment);

        awaitDatasetStack(datasetUri, "CREATE_COMPLETE");
        awaitEnvironmentStack(environment, "UPDATE_COMPLETE");
    }

    @Test
    void getStackAnswersTheDatasetStackAsDeployed() {
        String datasetUri = crawledDataset().datasetUri();

        JsonNode stack = getStack(owner, datasetUri).data("getStack");

        assertThat(stack.get("targetUri").asText()).isEqualTo(datasetUri);
        assertThat(stack.get("stack").asText()).isEqualTo("dataset");
        assertThat(stack.get("name").asText()).isEqualTo("dataall-dataset-" + datasetUri);
        assertThat(stack.get("accountid").asText()).isEqualTo(account);
        assertThat(stack.get("region").asText()).isEqualTo(REGION);
        assertThat(stack.get("status").asText()).isIn("CREATE_COMPLETE", "UPDATE_COMPLETE");
        assertThat(stack.get("stackid").asText()).startsWith("arn:aws:cloudformation:" + REGION + ":" + account);
    }

    @Test
    void outsiderCannotReadTheDatasetStack() {
        String datasetUri = createDatasetUri(unique("stack-read"));
        User outsider = outsider();

        assertUnauthorized(getStack(outsider, datasetUri).error(), outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void getStackOfAnUnknownDatasetIsRefusedNamingIt() {
        String error = owner.graphql(GET_STACK, "env", environmentUri, "stack", "no-such-stack", "target",
                "no-such-dataset", "type", "dataset").error();

        assertRefusedAsUnknown(error, "no-such-dataset");
    }

    @Test
    void updateStackRedeploysTheDatasetStack() {
        String datasetUri = createDatasetUri(unique("redeployed"));
        awaitDatasetStack(datasetUri, "CREATE_COMPLETE");

        JsonNode stack = owner.graphql(UPDATE_STACK, "target", datasetUri, "type", "dataset").data("updateStack");

        assertThat(stack.get("targetUri").asText()).isEqualTo(datasetUri);
        awaitDatasetStack(datasetUri, "UPDATE_COMPLETE");
    }

    @Test
    void outsiderCannotRedeployTheDatasetStack() {
        String datasetUri = createDatasetUri(unique("stack-update"));
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri,
                () -> outsider.graphql(UPDATE_STACK, "target", datasetUri, "type", "dataset"));

        assertUnauthorized(error, outsider, "UPDATE_DATASET", datasetUri);
    }

    @Test
    void updateStackOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(UPDATE_STACK, "target", "no-such-dataset", "type", "dataset").error(),
                "no-such-dataset");
    }

    /** A dataset whose stack could not be deployed: the account refused the deployment until the fault cleared. */
    String datasetWhoseStackFailed(JsonNode[] failedStack) {
        OwnEnvironment environment = ownEnvironmentWithItsStackDeployed();
        faults.injectPermanently(Operation.DEPLOY_STACK, environment.account(), Kind.ACCESS_DENIED);
        try {
            String datasetUri = createDatasetIn(environment);
            failedStack[0] = awaitDatasetStack(datasetUri, "CREATE_FAILED");
            return datasetUri;
        } finally {
            faults.clear(environment.account());
        }
    }

    @Test
    void aDatasetStackThatFailsShowsTheCause() {
        JsonNode[] failed = new JsonNode[1];

        datasetWhoseStackFailed(failed);

        assertThat(failed[0].get("error").asText()).contains("Access denied");
    }

    @Test
    void aDatasetStackThatFailedCanBeDeployedAgain() {
        String datasetUri = datasetWhoseStackFailed(new JsonNode[1]);

        owner.graphql(UPDATE_STACK, "target", datasetUri, "type", "dataset").data("updateStack");

        awaitCloud("stack of dataset " + datasetUri + " to be deployed after the failure").untilAsserted(() ->
                assertThat(get(owner, datasetUri).get("stack").get("status").asText())
                        .isIn("CREATE_COMPLETE", "UPDATE_COMPLETE"));
    }

    @Test
    void throttlingWhileDeployingTheDatasetStackIsRetriedUntilItIsDeployed() {
        OwnEnvironment environment = ownEnvironmentWithItsStackDeployed();
        faults.inject(Operation.DEPLOY_STACK, environment.account(), Kind.THROTTLING, 2);
        try {
            String datasetUri = createDatasetIn(environment);

            awaitDatasetStack(datasetUri, "CREATE_COMPLETE");
        } finally {
            faults.clear(environment.account());
        }
    }
}
