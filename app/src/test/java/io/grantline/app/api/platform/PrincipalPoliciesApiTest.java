package io.grantline.app.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalIam;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The share policies of an IAM role or user of an environment's account, as the account's IAM has them. */
class PrincipalPoliciesApiTest extends PlatformApiSupport {

    static final String REGION = "eu-west-1";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) {
              createEnvironment(input: $input) { environmentUri resourcePrefix EnvironmentDefaultIAMRoleName }
            }""";
    static final String ADD_PRINCIPAL = """
            mutation($input: AddConsumptionPrincipalToEnvironmentInput!) {
              addConsumptionPrincipalToEnvironment(input: $input) { consumptionPrincipalUri }
            }""";
    static final String POLICIES = """
            query($env: String!, $name: String!, $type: String!) {
              getConsumptionPrincipalPolicies(environmentUri: $env, IAMPrincipalName: $name, IAMPrincipalType: $type) {
                policy_name policy_type exists attached
              }
            }""";
    static final IamPrincipal CONSUMER = new IamPrincipal(IamPrincipal.Type.ROLE, "analytics-consumer");

    @Autowired
    LocalIam iam;

    String account;
    String environmentUri;
    String defaultRole;

    @BeforeEach
    void createEnvironment() {
        account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        GraphQl created = owner.graphql(CREATE_ENVIRONMENT, "input", map("label", "Sales Data",
                "organizationUri", organizationUri, "SamlGroupName", team, "AwsAccountId", account,
                "region", REGION));
        environmentUri = created.text("createEnvironment.environmentUri");
        defaultRole = created.text("createEnvironment.EnvironmentDefaultIAMRoleName");
    }

    @Test
    void sharePolicyAttachedToTheRoleIsAttached() {
        iam.createPrincipal(account, CONSUMER);
        iam.createPolicy(account, sharePolicy("analytics-consumer"), "{}");
        iam.attach(account, CONSUMER, sharePolicy("analytics-consumer"));

        JsonNode policy = onlyPolicy(owner.graphql(POLICIES, "env", environmentUri, "name", "analytics-consumer",
                "type", "ROLE"));

        assertThat(policy.get("policy_name").asText()).isEqualTo(sharePolicy("analytics-consumer"));
        assertThat(policy.get("policy_type").asText()).isEqualTo("SharePolicy");
        assertThat(policy.get("exists").asBoolean()).isTrue();
        assertThat(policy.get("attached").asText()).isEqualTo("ATTACHED");
    }

    @Test
    void sharePolicyOfAUserIsLookedUpAmongUsers() {
        IamPrincipal user = new IamPrincipal(IamPrincipal.Type.USER, "etl-user");
        iam.createPrincipal(account, user);
        iam.createPolicy(account, sharePolicy("etl-user"), "{}");

        JsonNode policy = onlyPolicy(owner.graphql(POLICIES, "env", environmentUri, "name", "etl-user",
                "type", "USER"));

        assertThat(policy.get("exists").asBoolean()).isTrue();
        assertThat(policy.get("attached").asText()).isEqualTo("NOTATTACHED");
    }

    @Test
    void roleTheAccountDoesNotHaveIsNotApplicable() {
        JsonNode policy = onlyPolicy(owner.graphql(POLICIES, "env", environmentUri, "name", "nobody",
                "type", "ROLE"));

        assertThat(policy.get("policy_name").asText()).isEqualTo(sharePolicy("nobody"));
        assertThat(policy.get("exists").asBoolean()).isFalse();
        assertThat(policy.get("attached").asText()).isEqualTo("NOTAPPLICABLE");
    }

    @Test
    void externallyManagedConsumptionRoleIsNotApplicable() {
        iam.createPrincipal(account, CONSUMER);
        iam.createPolicy(account, sharePolicy("analytics-consumer"), "{}");
        iam.attach(account, CONSUMER, sharePolicy("analytics-consumer"));
        owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "Analytics", "groupUri", team,
                "IAMPrincipalArn", "arn:aws:iam::" + account + ":role/analytics-consumer",
                "dataallManaged", "EXTERNALLY_MANAGED")).data("addConsumptionPrincipalToEnvironment");

        JsonNode policy = onlyPolicy(owner.graphql(POLICIES, "env", environmentUri, "name", "analytics-consumer",
                "type", "ROLE"));

        assertThat(policy.get("exists").asBoolean()).isTrue();
        assertThat(policy.get("attached").asText()).isEqualTo("NOTAPPLICABLE");
    }

    @Test
    void teamRoleMadeByTheEnvironmentStackIsKnown() {
        Awaitility.await("the environment stack's team role").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(onlyPolicy(owner.graphql(POLICIES, "env", environmentUri,
                        "name", defaultRole, "type", "ROLE")).get("attached").asText()).isEqualTo("NOTATTACHED"));
    }

    @Test
    void outsiderCannotSeeThePolicies() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(POLICIES, "env", environmentUri, "name", "analytics-consumer",
                "type", "ROLE").error(), outsider, "GET_ENVIRONMENT", environmentUri);
    }

    @Test
    void principalTypeOtherThanRoleOrUserIsRefusedNamingIt() {
        assertThat(owner.graphql(POLICIES, "env", environmentUri, "name", "analytics-consumer", "type", "GROUP")
                .error()).contains("InvalidInput").contains("IAMPrincipalType");
    }

    @Test
    void nameThatIsNoIamNameIsRefusedNamingIt() {
        assertThat(owner.graphql(POLICIES, "env", environmentUri, "name", "analytics/consumer", "type", "ROLE")
                .error()).contains("InvalidInput").contains("IAMPrincipalName");
    }

    @Test
    void blankEnvironmentIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(POLICIES, "env", " ", "name", "analytics-consumer", "type", "ROLE").error())
                .contains("RequiredParameter").contains("environmentUri");
    }

    /** data.all's name: prefix, environment, principal and index, in lower case. */
    private String sharePolicy(String principal) {
        return ("dataall-env-" + environmentUri + "-share-policy-" + principal + "-0").toLowerCase();
    }

    private static JsonNode onlyPolicy(GraphQl answer) {
        JsonNode policies = answer.data("getConsumptionPrincipalPolicies");
        assertThat(policies).hasSize(1);
        return policies.get(0);
    }
}
