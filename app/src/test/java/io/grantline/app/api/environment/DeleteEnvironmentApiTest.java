package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** deleteEnvironment, and what an environment holds back in its organization until it is deleted. */
class DeleteEnvironmentApiTest extends EnvironmentApiSupport {

    static final String ARCHIVE_ORGANIZATION = """
            mutation($uri: String!) { archiveOrganization(organizationUri: $uri) }""";
    static final String REMOVE_FROM_ORGANIZATION = """
            mutation($uri: String!, $group: String!) {
              removeGroupFromOrganization(organizationUri: $uri, groupUri: $group) { organizationUri }
            }""";

    GraphQl delete(User user, String uri) {
        return user.graphql(DELETE, "uri", uri, "fromAws", true);
    }

    @Test
    void deleteEnvironmentAnswersTrueAndTheEnvironmentIsGone() {
        assertThat(delete(owner, environmentUri).data("deleteEnvironment").asBoolean()).isTrue();

        assertUnauthorized(get(owner, environmentUri).error(), owner, "GET_ENVIRONMENT", environmentUri);
        assertThat(environmentsOfTheOrganization()).isZero();
    }

    @Test
    void outsiderCannotDeleteTheEnvironment() {
        User outsider = outsider();

        assertUnauthorized(delete(outsider, environmentUri).error(), outsider, "DELETE_ENVIRONMENT", environmentUri);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void anInvitedTeamCannotDeleteTheEnvironment() {
        User member = invitedMember(unique("guests"), "CREATE_DATASET");

        assertUnauthorized(delete(member, environmentUri).error(), member, "DELETE_ENVIRONMENT", environmentUri);
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void deleteEnvironmentWithABlankUriIsRefusedNamingTheField() {
        assertThat(delete(owner, " ").error()).contains("RequiredParameter").contains("environmentUri is required");
        assertThat(environmentsOfTheOrganization()).isEqualTo(1);
    }

    @Test
    void theAccountAndRegionCanBeLinkedAgainOnceTheEnvironmentIsDeleted() {
        delete(owner, environmentUri);

        assertThat(createEnvironment(owner, organizationUri, team, account).text("createEnvironment.AwsAccountId"))
                .isEqualTo(account);
    }

    @Test
    void theOrganizationCannotBeArchivedWhileItHasAnEnvironment() {
        String error = owner.graphql(ARCHIVE_ORGANIZATION, "uri", organizationUri).error();

        assertThat(error).contains("ResourceInUse").contains(organizationUri);
    }

    @Test
    void theOrganizationCanBeArchivedOnceItsEnvironmentIsDeleted() {
        delete(owner, environmentUri);

        assertThat(owner.graphql(ARCHIVE_ORGANIZATION, "uri", organizationUri).data("archiveOrganization")
                .asBoolean()).isTrue();
    }

    @Test
    void aTeamCannotLeaveTheOrganizationWhileItAdministersOneOfItsEnvironments() {
        String partners = unique("partners");
        inviteToOrganization(partners, "LINK_ENVIRONMENT");
        User partner = signIn(unique("partner"), partners);
        String partnersEnvironment = createEnvironment(partner, organizationUri, partners, randomAccount())
                .text("createEnvironment.environmentUri");

        String error = owner.graphql(REMOVE_FROM_ORGANIZATION, "uri", organizationUri, "group", partners).error();

        assertThat(error).contains("ResourceInUse").contains(partners);
        delete(partner, partnersEnvironment);
        assertThat(owner.graphql(REMOVE_FROM_ORGANIZATION, "uri", organizationUri, "group", partners)
                .text("removeGroupFromOrganization.organizationUri")).isEqualTo(organizationUri);
    }
}
