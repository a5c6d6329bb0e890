package io.grantline.app.api.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.environment.StackStatus;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.cloud.StackDeployer;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** getStack and updateStack: the environment stack as the saga deploys it into the local cloud. */
class StackApiTest extends StackApiSupport {

    @Autowired
    StackDeployer stackDeployer;

    @Test
    void createdEnvironmentsStackIsDeployedWithItsOutputs() {
        JsonNode stack = awaitStack(StackStatus.CREATE_COMPLETE);

        assertThat(stack.get("stackUri").asText()).isEqualTo(stackUri);
        assertThat(stack.get("targetUri").asText()).isEqualTo(environmentUri);
        assertThat(stack.get("stack").asText()).isEqualTo("environment");
        assertThat(stack.get("accountid").asText()).isEqualTo(account);
        assertThat(stack.get("region").asText()).isEqualTo(REGION);
        assertThat(stack.get("name").asText()).isEqualTo("dataall-environment-" + environmentUri);
        assertThat(stack.get("stackid").asText()).startsWith("arn:aws:cloudformation:" + REGION + ":" + account);
        JsonNode outputs = json(stack.get("outputs").asText());
        assertThat(outputs.get("EnvironmentDefaultBucketName").asText()).isEqualTo("dataall-sales-data-" + environmentUri);
        assertThat(outputs.get("EnvironmentLogsBucketName").asText())
                .isEqualTo("dataall-sales-data-" + environmentUri + "-access-logs");
        assertThat(outputs.get("TeamRole" + team.replaceAll("[^A-Za-z0-9]", "")).asText())
                .isEqualTo("arn:aws:iam::" + account + ":role/dataall-sales-data-" + environmentUri);
        assertThat(stack.get("error").asText()).isEqualTo("{}");
    }

    @Test
    void theStacksDefaultWorkgroupIsTheOneTheEnvironmentNames() {
        JsonNode outputs = json(awaitStack(StackStatus.CREATE_COMPLETE).get("outputs").asText());

        String named = owner.graphql("""
                query($uri: String!) { getEnvironment(environmentUri: $uri) { EnvironmentDefaultAthenaWorkGroup } }""",
                "uri", environmentUri).text("getEnvironment.EnvironmentDefaultAthenaWorkGroup");
        assertThat(outputs.get("EnvironmentDefaultAthenaWorkGroup").asText()).isEqualTo(named);
    }

    @Test
    void theStackIsShownOnTheEnvironment() {
        awaitStack(StackStatus.CREATE_COMPLETE);

        JsonNode stack = owner.graphql("""
                query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { stackUri status stackid } } }""",
                "uri", environmentUri).data("getEnvironment.stack");

        assertThat(stack.get("stackUri").asText()).isEqualTo(stackUri);
        assertThat(stack.get("status").asText()).isEqualTo(StackStatus.CREATE_COMPLETE);
    }

    @Test
    void anAccountWhosePivotRoleTrustsAnotherExternalIdFailsTheStackWithTheCause() {
        String distrustful = randomAccount();
        accounts.register(distrustful, "dataallPivotRole-cdk", "another-deployments-external-id");
        GraphQl created = createEnvironment(distrustful);

        JsonNode stack = awaitStack(created.text("createEnvironment.environmentUri"),
                created.text("createEnvironment.stack.stackUri"), StackStatus.CREATE_FAILED);

        assertThat(json(stack.get("error").asText()).get("message").asText())
                .contains("sts:AssumeRole").contains("arn:aws:iam::" + distrustful + ":role/dataallPivotRole-cdk");
    }

    @Test
    void throttlingWhileDeployingIsRetriedUntilTheStackIsDeployed() {
        String busy = randomAccount();
        faults.inject(Operation.DEPLOY_STACK, busy, Kind.THROTTLING, 2);
        GraphQl created = createEnvironment(busy);

        awaitStack(created.text("createEnvironment.environmentUri"), created.text("createEnvironment.stack.stackUri"),
                StackStatus.CREATE_COMPLETE);
    }

    @Test
    void deletingTheEnvironmentFromAwsDeletesItsStack() {
        String stackId = awaitStack(StackStatus.CREATE_COMPLETE).get("stackid").asText();

        owner.graphql("""
                mutation($uri: String!) { deleteEnvironment(environmentUri: $uri, deleteFromAWS: true) }""",
                "uri", environmentUri).data("deleteEnvironment");

        Awaitility.await("stack " + stackId + " to be deleted").atMost(DEPLOYMENT_WAIT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(stackDeployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE"));
    }

    @Test
    void outsiderCannotReadTheStack() {
        User outsider = outsider();

        assertUnauthorized(getStack(outsider, environmentUri, stackUri).error(), outsider, "GET_ENVIRONMENT",
                environmentUri);
    }

    @Test
    void getStackOfATargetTypeWithoutStacksIsRefusedNamingTheTargetType() {
        String error = owner.graphql(GET_STACK, "env", environmentUri, "stack", stackUri, "target", environmentUri,
                "type", "notebook").error();

        assertThat(error).contains("InvalidInput").contains("targetType");
    }

    @Test
    void updateStackRedeploysTheStack() {
        awaitStack(StackStatus.CREATE_COMPLETE);

        GraphQl updated = owner.graphql(UPDATE_STACK, "target", environmentUri, "type", "environment");

        assertThat(updated.text("updateStack.status")).isNotEqualTo(StackStatus.CREATE_COMPLETE);
        awaitStack(StackStatus.UPDATE_COMPLETE);
    }

    @Test
    void invitedTeamWithoutUpdateEnvironmentCannotRedeployTheStack() {
        User member = invitedMember();

        String error = member.graphql(UPDATE_STACK, "target", environmentUri, "type", "environment").error();

        assertUnauthorized(error, member, "UPDATE_ENVIRONMENT", environmentUri);
    }

    @Test
    void updateStackOfAnUnknownTargetTypeIsRefusedAndRedeploysNothing() {
        awaitStack(StackStatus.CREATE_COMPLETE);

        String error = owner.graphql(UPDATE_STACK, "target", environmentUri, "type", "pipeline").error();

        assertThat(error).contains("InvalidInput").contains("targetType").contains("pipeline");
        assertThat(getStack(owner, environmentUri, stackUri).text("getStack.status"))
                .isEqualTo(StackStatus.CREATE_COMPLETE);
    }
}
