package io.grantline.app.api.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import io.grantline.cloud.local.LocalAccounts;
import io.grantline.cloud.local.LocalCloudFaults;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fresh organization with one environment per test, in an AWS account of the local cloud no other test uses,
 * and the stack operations as data.all's clients send them.
 */
abstract class StackApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    static final Duration DEPLOYMENT_WAIT = Duration.ofSeconds(90);

    static final String STACK_FIELDS = """
            stackUri targetUri environmentUri accountid region stack name status stackid link outputs resources
            error events canViewLogs updated""";
    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) {
              createEnvironment(input: $input) { environmentUri EnvironmentDefaultBucketName stack { stackUri status } }
            }""";
    static final String GET_STACK = """
            query($env: String, $stack: String!, $target: String!, $type: String!) {
              getStack(environmentUri: $env, stackUri: $stack, targetUri: $target, targetType: $type) { %s }
            }""".formatted(STACK_FIELDS);
    static final String UPDATE_STACK = """
            mutation($target: String!, $type: String!) {
              updateStack(targetUri: $target, targetType: $type) { %s }
            }""".formatted(STACK_FIELDS);
    static final String INVITE_TO_ORGANIZATION = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";
    static final String INVITE_TO_ENVIRONMENT = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              inviteGroupOnEnvironment(input: $input) { environmentUri }
            }""";

    @Autowired
    LocalCloudFaults faults;
    @Autowired
    LocalAccounts accounts;

    String team;
    User owner;
    String organizationUri;
    String account;
    String environmentUri;
    String stackUri;

    @BeforeEach
    void createOrganizationWithAnEnvironment() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        organizationUri = owner.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Org " + team, "SamlGroupName", team))
                .text("createOrganization.organizationUri");
        account = randomAccount();
        GraphQl created = createEnvironment(account);
        environmentUri = created.text("createEnvironment.environmentUri");
        stackUri = created.text("createEnvironment.stack.stackUri");
    }

    GraphQl createEnvironment(String awsAccountId) {
        return owner.graphql(CREATE_ENVIRONMENT, "input", map("label", "Sales Data", "organizationUri",
                organizationUri, "SamlGroupName", team, "AwsAccountId", awsAccountId, "region", REGION));
    }

    GraphQl getStack(User user, String environment, String stack) {
        return user.graphql(GET_STACK, "env", environment, "stack", stack, "target", environment,
                "type", "environment");
    }

    /** Polls getStack until the stack settles in the given status, and answers it. */
    JsonNode awaitStack(String environment, String stack, String status) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await("stack of " + environment + " to reach " + status)
                .atMost(DEPLOYMENT_WAIT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode node = getStack(owner, environment, stack).data("getStack");
                    last.set(node);
                    assertThat(node.get("status").asText()).isEqualTo(status);
                });
        return last.get();
    }

    JsonNode awaitStack(String status) {
        return awaitStack(environmentUri, stackUri, status);
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    /** A team of the organization invited to the environment, without UPDATE_ENVIRONMENT; one member signed in. */
    User invitedMember() {
        String group = unique("guests");
        owner.graphql(INVITE_TO_ORGANIZATION, "input", map("organizationUri", organizationUri, "groupUri", group,
                "permissions", List.of())).data("inviteGroupToOrganization");
        owner.graphql(INVITE_TO_ENVIRONMENT, "input", map("environmentUri", environmentUri, "groupUri", group,
                "permissions", List.of("CREATE_DATASET"))).data("inviteGroupOnEnvironment");
        return signIn(unique("member"), group);
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }
}
