package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** updateEnvironment, including the hand-over to another admin team. */
class UpdateEnvironmentApiTest extends EnvironmentApiSupport {

    static final String LIST_ALL_GROUPS = """
            query($uri: String!) { listAllEnvironmentGroups(environmentUri: $uri) { count nodes { groupUri } } }""";

    GraphQl update(User user, Object input) {
        return user.graphql(UPDATE, "uri", environmentUri, "input", input);
    }

    @Test
    void updateEnvironmentAnswersTheEnvironmentAsUpdated() {
        GraphQl updated = update(owner, map("label", "Sales Lake", "description", "the lake", "tags", List.of("lake"),
                "parameters", List.of(map("key", "mlStudiosEnabled", "value", "false"))));

        assertThat(updated.text("updateEnvironment.label")).isEqualTo("Sales Lake");
        assertThat(updated.text("updateEnvironment.description")).isEqualTo("the lake");
        assertThat(updated.data("updateEnvironment.tags").get(0).asText()).isEqualTo("lake");
        assertThat(updated.data("updateEnvironment.parameters").get(0).get("key").asText())
                .isEqualTo("mlStudiosEnabled");
        assertThat(get(owner, environmentUri).text("getEnvironment.label")).isEqualTo("Sales Lake");
    }

    @Test
    void anInvitedTeamCannotUpdateTheEnvironment() {
        User member = invitedMember(unique("guests"), "CREATE_DATASET");

        assertUnauthorized(update(member, map("label", "Mine")).error(), member, "UPDATE_ENVIRONMENT",
                environmentUri);
        assertThat(get(owner, environmentUri).text("getEnvironment.label")).isEqualTo("Sales Data");
    }

    @Test
    void outsiderCannotUpdateTheEnvironment() {
        User outsider = outsider();

        assertUnauthorized(update(outsider, map("label", "Mine")).error(), outsider, "UPDATE_ENVIRONMENT",
                environmentUri);
    }

    @Test
    void aResourcePrefixOutsideDataallsPatternIsRefusedNamingTheFieldAndChangesNothing() {
        String error = update(owner, map("label", "Renamed", "resourcePrefix", "Bad_Prefix")).error();

        assertThat(error).contains("InvalidInput").contains("resourcePrefix");
        assertThat(get(owner, environmentUri).text("getEnvironment.label")).isEqualTo("Sales Data");
        assertThat(get(owner, environmentUri).text("getEnvironment.resourcePrefix")).isEqualTo("dataall");
    }

    @Test
    void aNewSamlGroupNameHandsTheEnvironmentOverAndThePreviousAdminsStayInvited() {
        String successors = unique("successors");
        inviteToOrganization(successors);
        User both = signIn(unique("both"), team, successors);
        User previousAdmin = signIn(unique("previous"), team);

        GraphQl updated = update(both, map("SamlGroupName", successors));

        assertThat(updated.text("updateEnvironment.SamlGroupName")).isEqualTo(successors);
        assertThat(texts(owner.graphql(LIST_ALL_GROUPS, "uri", environmentUri)
                .data("listAllEnvironmentGroups.nodes"), "groupUri")).containsExactlyInAnyOrder(team, successors);
        assertThat(get(previousAdmin, environmentUri).text("getEnvironment.userRoleInEnvironment"))
                .isEqualTo("Invited");
        assertUnauthorized(update(previousAdmin, map("label", "Back")).error(), previousAdmin,
                "UPDATE_ENVIRONMENT", environmentUri);
    }

    @Test
    void theNewAdminTeamMustBeATeamOfTheOrganization() {
        String strangers = unique("strangers");
        User both = signIn(unique("both"), team, strangers);

        String error = update(both, map("SamlGroupName", strangers)).error();

        assertThat(error).contains("InvalidInput").contains("SamlGroupName").contains(strangers);
        assertThat(get(owner, environmentUri).text("getEnvironment.SamlGroupName")).isEqualTo(team);
    }

    @Test
    void theCallerMustBelongToTheNewAdminTeam() {
        String successors = unique("successors");
        inviteToOrganization(successors);

        assertUnauthorized(update(owner, map("SamlGroupName", successors)).error(), owner, "UPDATE_ENVIRONMENT",
                environmentUri);
    }
}
