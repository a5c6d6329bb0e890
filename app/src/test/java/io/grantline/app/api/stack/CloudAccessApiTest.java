package io.grantline.app.api.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What linking an account needs (pivot role name, external id, trust account) and temporary AWS access to an
 * environment as one of its teams.
 */
class CloudAccessApiTest extends StackApiSupport {

    static final String PIVOT_ROLE = """
            query($org: String!) {
              getPivotRoleName(organizationUri: $org)
              getPivotRoleExternalId(organizationUri: $org)
              getTrustAccount(organizationUri: $org)
            }""";
    static final String PIVOT_ROLE_NAME = """
            query($org: String!) { getPivotRoleName(organizationUri: $org) }""";
    static final String ACCESS_TOKEN = """
            query($env: String!, $group: String) { generateEnvironmentAccessToken(environmentUri: $env, groupUri: $group) }""";
    static final String ASSUME_ROLE_URL = """
            query($env: String!, $group: String) { getEnvironmentAssumeRoleUrl(environmentUri: $env, groupUri: $group) }""";

    @Test
    void organizationAdminsSeeWhatTheirAccountsPivotRoleMustTrust() {
        GraphQl answer = owner.graphql(PIVOT_ROLE, "org", organizationUri);

        assertThat(answer.text("getPivotRoleName")).isEqualTo("dataallPivotRole-cdk");
        assertThat(answer.text("getPivotRoleExternalId")).isNotBlank();
        assertThat(answer.text("getTrustAccount")).matches("\\d{12}");
    }

    @Test
    void theExternalIdIsTheSameForEveryOrganization() {
        String other = owner.graphql(CREATE_ORGANIZATION, "input", map("label", "Other", "SamlGroupName", team))
                .text("createOrganization.organizationUri");

        assertThat(owner.graphql(PIVOT_ROLE, "org", other).text("getPivotRoleExternalId"))
                .isEqualTo(owner.graphql(PIVOT_ROLE, "org", organizationUri).text("getPivotRoleExternalId"));
    }

    @Test
    void outsiderCannotSeeThePivotRole() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(PIVOT_ROLE_NAME, "org", organizationUri).error(), outsider,
                "LINK_ENVIRONMENT", organizationUri);
    }

    @Test
    void pivotRoleOfABlankOrganizationIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(PIVOT_ROLE_NAME, "org", " ").error())
                .contains("RequiredParameter").contains("organizationUri");
    }

    @Test
    void teamMemberGetsTemporaryCredentialsOfTheTeamsRole() {
        JsonNode token = json(owner.graphql(ACCESS_TOKEN, "env", environmentUri, "group", team)
                .text("generateEnvironmentAccessToken"));

        assertThat(token.get("AccessKey").asText()).startsWith("ASIA");
        assertThat(token.get("SessionKey").asText()).isNotBlank();
        assertThat(token.get("sessionToken").asText()).isNotBlank();
    }

    @Test
    void withoutAGroupTheAdminTeamsRoleIsUsed() {
        assertThat(owner.graphql(ACCESS_TOKEN, "env", environmentUri, "group", null)
                .text("generateEnvironmentAccessToken")).contains("AccessKey");
    }

    @Test
    void outsiderGetsNoCredentials() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(ACCESS_TOKEN, "env", environmentUri, "group", team).error(), outsider,
                "CREDENTIALS_ENVIRONMENT", environmentUri);
    }

    @Test
    void memberOfAnotherTeamCannotActAsTheAdminTeam() {
        User member = invitedMember();

        assertUnauthorized(member.graphql(ACCESS_TOKEN, "env", environmentUri, "group", team).error(), member,
                "CREDENTIALS_ENVIRONMENT", environmentUri);
    }

    @Test
    void credentialsForABlankEnvironmentAreRefusedNamingTheArgument() {
        assertThat(owner.graphql(ACCESS_TOKEN, "env", "", "group", team).error())
                .contains("RequiredParameter").contains("environmentUri");
    }

    @Test
    void credentialsForATeamThatIsNotInTheEnvironmentAreRefused() {
        String stranger = unique("strangers");
        User both = signIn(unique("both"), team, stranger);

        assertThat(both.graphql(ACCESS_TOKEN, "env", environmentUri, "group", stranger).error())
                .contains("ObjectNotFound").contains(stranger);
    }

    @Test
    void teamMemberGetsAConsoleSignInUrlForTheTeamsRole() {
        String url = owner.graphql(ASSUME_ROLE_URL, "env", environmentUri, "group", team)
                .text("getEnvironmentAssumeRoleUrl");

        assertThat(url).startsWith("https://signin.aws.amazon.com/federation?Action=login")
                .contains("SigninToken=").contains(REGION);
    }

    @Test
    void outsiderGetsNoConsoleSignInUrl() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(ASSUME_ROLE_URL, "env", environmentUri, "group", team).error(), outsider,
                "CREDENTIALS_ENVIRONMENT", environmentUri);
    }

    @Test
    void consoleSignInUrlForABlankEnvironmentIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(ASSUME_ROLE_URL, "env", " ", "group", team).error())
                .contains("RequiredParameter").contains("environmentUri");
    }
}
