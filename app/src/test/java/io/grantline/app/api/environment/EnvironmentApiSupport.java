package io.grantline.app.api.environment;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The environment operations as data.all's clients send them, and a fresh organization with one environment per
 * test, administered by the owner's team in an AWS account no other test uses.
 */
abstract class EnvironmentApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";

    static final String ENVIRONMENT_FIELDS = """
            environmentUri label name description AwsAccountId region SamlGroupName owner tags resourcePrefix
            EnvironmentDefaultIAMRoleName EnvironmentDefaultIAMRoleArn EnvironmentDefaultIAMRoleImported
            EnvironmentDefaultBucketName EnvironmentDefaultAthenaWorkGroup PermissionsBoundaryPolicyArn
            subscriptionsEnabled subscriptionsProducersTopicName subscriptionsProducersTopicImported
            subscriptionsConsumersTopicName subscriptionsConsumersTopicImported environmentType userRoleInEnvironment
            isOrganizationDefaultEnvironment validated roleCreated EnvironmentLogsBucketName admins datasets
            created updated deleted parameters { key value } organization { organizationUri label name } networks { vpcUri VpcId }""";
    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String INVITE_TO_ORGANIZATION = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";
    static final String ORGANIZATION_STATS = """
            query($uri: String!) { getOrganization(organizationUri: $uri) { stats { environments } } }""";
    static final String CREATE = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { %s } }"""
            .formatted(ENVIRONMENT_FIELDS);
    static final String UPDATE = """
            mutation($uri: String!, $input: ModifyEnvironmentInput!) {
              updateEnvironment(environmentUri: $uri, input: $input) { %s }
            }""".formatted(ENVIRONMENT_FIELDS);
    static final String DELETE = """
            mutation($uri: String!, $fromAws: Boolean) { deleteEnvironment(environmentUri: $uri, deleteFromAWS: $fromAws) }""";
    static final String GET = """
            query($uri: String!) { getEnvironment(environmentUri: $uri) { %s } }""".formatted(ENVIRONMENT_FIELDS);
    static final String LIST = """
            query($filter: EnvironmentFilter) {
              listEnvironments(filter: $filter) {
                count page pages pageSize hasNext hasPrevious
                nodes { environmentUri label userRoleInEnvironment organization { organizationUri } }
              }
            }""";
    static final String INVITE = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              inviteGroupOnEnvironment(input: $input) { environmentUri userRoleInEnvironment }
            }""";
    static final String ADD_PRINCIPAL = """
            mutation($input: AddConsumptionPrincipalToEnvironmentInput!) {
              addConsumptionPrincipalToEnvironment(input: $input) {
                consumptionPrincipalUri consumptionPrincipalName consumptionPrincipalType environmentUri groupUri
                IAMPrincipalArn IAMPrincipalName dataallManaged created
              }
            }""";
    static final String CREATE_NETWORK = """
            mutation($input: NewVpcInput!) {
              createNetwork(input: $input) {
                vpcUri VpcId label name SamlGroupName owner AwsAccountId region privateSubnetIds publicSubnetIds
                tags default environment { environmentUri label }
              }
            }""";

    String team;
    User owner;
    String organizationUri;
    String account;
    String environmentUri;

    @BeforeEach
    void createOrganizationWithAnEnvironment() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        organizationUri = createOrganization(owner, team);
        account = randomAccount();
        environmentUri = createEnvironment(owner, organizationUri, team, account).text("createEnvironment.environmentUri");
    }

    String createOrganization(User user, String group) {
        return user.graphql(CREATE_ORGANIZATION, "input", map("label", "Org " + group, "SamlGroupName", group))
                .text("createOrganization.organizationUri");
    }

    void inviteToOrganization(String group, String... permissions) {
        owner.graphql(INVITE_TO_ORGANIZATION, "input", map("organizationUri", organizationUri, "groupUri", group,
                "permissions", List.of(permissions))).data("inviteGroupToOrganization");
    }

    static Map<String, Object> environmentInput(String organization, String group, String awsAccountId) {
        return map("label", "Sales Data", "organizationUri", organization, "SamlGroupName", group,
                "AwsAccountId", awsAccountId, "region", REGION, "description", "Sales team's account",
                "tags", List.of("sales"), "parameters", List.of(map("key", "dashboardsEnabled", "value", "true")));
    }

    GraphQl createEnvironment(User user, String organization, String group, String awsAccountId) {
        return user.graphql(CREATE, "input", environmentInput(organization, group, awsAccountId));
    }

    int environmentsOfTheOrganization() {
        return owner.graphql(ORGANIZATION_STATS, "uri", organizationUri)
                .data("getOrganization.stats.environments").asInt();
    }

    GraphQl get(User user, String uri) {
        return user.graphql(GET, "uri", uri);
    }

    /** A team of the organization invited to the environment with the given permissions; one member signed in. */
    User invitedMember(String group, String... permissions) {
        inviteToOrganization(group);
        owner.graphql(INVITE, "input", map("environmentUri", environmentUri, "groupUri", group,
                "permissions", List.of(permissions))).data("inviteGroupOnEnvironment");
        return signIn(unique("member"), group);
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    String roleArn(String name) {
        return "arn:aws:iam::" + account + ":role/" + name;
    }

    String addPrincipal(String name, String arn) {
        return owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", name, "groupUri", team, "IAMPrincipalArn", arn,
                "dataallManaged", "FULLY_MANAGED")).text("addConsumptionPrincipalToEnvironment.consumptionPrincipalUri");
    }

    String createNetwork(String vpcId) {
        return owner.graphql(CREATE_NETWORK, "input", map("environmentUri", environmentUri, "vpcId", vpcId,
                "label", "Main VPC", "SamlGroupName", team, "privateSubnetIds", List.of("subnet-1")))
                .text("createNetwork.vpcUri");
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        org.assertj.core.api.Assertions.assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }
}
