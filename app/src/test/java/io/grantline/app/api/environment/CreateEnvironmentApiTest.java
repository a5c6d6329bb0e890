package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** createEnvironment: linking an AWS account and region to an organization. */
class CreateEnvironmentApiTest extends EnvironmentApiSupport {

    static final String UPDATE_TENANT_PERMISSIONS = """
            mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""";

    @Test
    void createEnvironmentAnswersTheEnvironmentWithDataallDerivedNames() {
        String otherAccount = randomAccount();
        GraphQl created = createEnvironment(owner, organizationUri, team, otherAccount);

        String uri = created.text("createEnvironment.environmentUri");
        assertThat(created.text("createEnvironment.label")).isEqualTo("Sales Data");
        assertThat(created.text("createEnvironment.name")).isEqualTo("sales-data");
        assertThat(created.text("createEnvironment.AwsAccountId")).isEqualTo(otherAccount);
        assertThat(created.text("createEnvironment.SamlGroupName")).isEqualTo(team);
        assertThat(created.text("createEnvironment.owner")).isEqualTo(owner.username);
        assertThat(created.text("createEnvironment.resourcePrefix")).isEqualTo("dataall");
        assertThat(created.text("createEnvironment.EnvironmentDefaultIAMRoleName"))
                .isEqualTo("dataall-sales-data-" + uri);
        assertThat(created.text("createEnvironment.EnvironmentDefaultIAMRoleArn"))
                .isEqualTo("arn:aws:iam::" + otherAccount + ":role/dataall-sales-data-" + uri);
        assertThat(created.data("createEnvironment.EnvironmentDefaultIAMRoleImported").asBoolean()).isFalse();
        assertThat(created.text("createEnvironment.EnvironmentDefaultBucketName")).isEqualTo("dataall-sales-data-" + uri);
        assertThat(created.text("createEnvironment.EnvironmentDefaultAthenaWorkGroup"))
                .isEqualTo("dataall-sales-data-" + uri);
        assertThat(created.text("createEnvironment.EnvironmentLogsBucketName"))
                .isEqualTo("dataall-sales-data-" + uri + "-access-logs");
        assertThat(created.text("createEnvironment.userRoleInEnvironment")).isEqualTo("Owner");
        assertThat(created.text("createEnvironment.environmentType")).isEqualTo("Data");
        assertThat(created.data("createEnvironment.isOrganizationDefaultEnvironment").asBoolean()).isFalse();
        assertThat(created.text("createEnvironment.organization.organizationUri")).isEqualTo(organizationUri);
        assertThat(created.data("createEnvironment.parameters").get(0).get("key").asText())
                .isEqualTo("dashboardsEnabled");
        assertThat(created.data("createEnvironment.parameters").get(0).get("value").asText()).isEqualTo("true");
    }

    @Test
    void theCreatorCanReadTheEnvironmentOnTheVeryNextCall() {
        assertThat(get(owner, environmentUri).text("getEnvironment.label")).isEqualTo("Sales Data");
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void anImportedDefaultRoleIsShownAsImported() {
        Map<String, Object> input = environmentInput(organizationUri, team, randomAccount());
        String arn = "arn:aws:iam::" + input.get("AwsAccountId") + ":role/existing";
        input.put("EnvironmentDefaultIAMRoleArn", arn);

        GraphQl created = owner.graphql(CREATE, "input", input);

        assertThat(created.text("createEnvironment.EnvironmentDefaultIAMRoleName")).isEqualTo("existing");
        assertThat(created.data("createEnvironment.EnvironmentDefaultIAMRoleImported").asBoolean()).isTrue();
    }

    @Test
    void anAccountAndRegionPairCanBeLinkedOnce() {
        String error = createEnvironment(owner, organizationUri, team, account).error();

        assertThat(error).contains("ResourceAlreadyExists").contains(account).contains(REGION);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void anAccountAndRegionPairAlreadyLinkedInAnotherOrganizationIsRefusedToo() {
        String otherTeam = unique("team");
        User other = signIn(unique("other"), otherTeam);
        String otherOrganization = createOrganization(other, otherTeam);

        assertThat(createEnvironment(other, otherOrganization, otherTeam, account).error())
                .contains("ResourceAlreadyExists").contains(account);
    }

    @Test
    void outsiderCannotLinkAnEnvironmentToTheOrganization() {
        User outsider = outsider();

        String error = createEnvironment(outsider, organizationUri, outsider.username, randomAccount()).error();

        assertUnauthorized(error, outsider, "LINK_ENVIRONMENT", organizationUri);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void theCallerMustBelongToTheAdminTeam() {
        String guests = unique("guests");
        inviteToOrganization(guests);

        String error = createEnvironment(owner, organizationUri, guests, randomAccount()).error();

        assertUnauthorized(error, owner, "LINK_ENVIRONMENT", organizationUri);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void theAdminTeamMustBeATeamOfTheOrganization() {
        String lonely = unique("lonely");
        User both = signIn(unique("both"), team, lonely);

        String error = createEnvironment(both, organizationUri, lonely, randomAccount()).error();

        assertThat(error).contains("InvalidInput").contains("SamlGroupName").contains(lonely);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void aTeamWithoutManageEnvironmentsCannotCreateOne() {
        String restricted = unique("restricted");
        User member = signIn(unique("member"), restricted);
        signIn(unique("admin"), "DAAdministrators").graphql(UPDATE_TENANT_PERMISSIONS, "input",
                map("groupUri", restricted, "permissions", List.of("MANAGE_ORGANIZATIONS")));
        String organization = createOrganization(member, restricted);

        String error = createEnvironment(member, organization, restricted, randomAccount()).error();

        assertUnauthorized(error, member, "MANAGE_ENVIRONMENTS", "dataall");
    }

    @Test
    void anAwsAccountIdOtherThanTwelveDigitsIsRefusedNamingTheField() {
        String error = createEnvironment(owner, organizationUri, team, "12345").error();

        assertThat(error).contains("InvalidInput").contains("AwsAccountId");
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheField() {
        Map<String, Object> input = environmentInput(organizationUri, team, randomAccount());
        input.put("region", "moon-north-1");

        String error = owner.graphql(CREATE, "input", input).error();

        assertThat(error).contains("InvalidInput").contains("region").contains("moon-north-1");
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void aBlankLabelIsRefusedNamingTheField() {
        Map<String, Object> input = environmentInput(organizationUri, team, randomAccount());
        input.put("label", " ");

        assertThat(owner.graphql(CREATE, "input", input).error()).contains("RequiredParameter")
                .contains("label is required");
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }
}
