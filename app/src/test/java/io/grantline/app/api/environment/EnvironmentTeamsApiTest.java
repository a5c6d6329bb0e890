package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inviting, updating and removing environment teams, and the team listings. */
class EnvironmentTeamsApiTest extends EnvironmentApiSupport {

    static final String UPDATE_PERMISSIONS = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              updateGroupEnvironmentPermissions(input: $input) { environmentUri }
            }""";
    static final String REMOVE = """
            mutation($uri: String!, $group: String!) {
              removeGroupFromEnvironment(environmentUri: $uri, groupUri: $group) { environmentUri }
            }""";
    static final String GROUP_FIELDS = """
            count nodes { groupUri name label invitedBy environmentIAMRoleName environmentIAMRoleArn
                          environmentAthenaWorkGroup }""";
    static final String TEAM_PERMISSIONS = """
            query($uri: String!) {
              listAllEnvironmentGroups(environmentUri: $uri) {
                nodes { groupUri environmentPermissions(environmentUri: $uri) { name } }
              }
            }""";
    static final String LIST_GROUPS = """
            query($uri: String!) { listEnvironmentGroups(environmentUri: $uri) { %s } }""".formatted(GROUP_FIELDS);
    static final String LIST_ALL_GROUPS = """
            query($uri: String!) { listAllEnvironmentGroups(environmentUri: $uri) { %s } }""".formatted(GROUP_FIELDS);
    static final String LIST_INVITED_GROUPS = """
            query($uri: String!) { listEnvironmentInvitedGroups(environmentUri: $uri) { %s } }"""
            .formatted(GROUP_FIELDS);
    static final String LIST_TEAMS_ONLY = """
            query($uri: String!) { listAllEnvironmentGroups(environmentUri: $uri) { count nodes { groupUri } } }""";
    static final String INVITATION_PERMISSIONS = """
            query { listEnvironmentGroupInvitationPermissions { name description type permissionUri } }""";

    String guests;

    GraphQl invite(User user, String group, String... permissions) {
        return user.graphql(INVITE, "input", map("environmentUri", environmentUri, "groupUri", group,
                "permissions", List.of(permissions)));
    }

    List<String> teams() {
        return texts(owner.graphql(LIST_TEAMS_ONLY, "uri", environmentUri).data("listAllEnvironmentGroups.nodes"),
                "groupUri");
    }

    JsonNode teamNamed(JsonNode nodes, String group) {
        for (JsonNode node : nodes) {
            if (node.get("groupUri").asText().equals(group)) {
                return node;
            }
        }
        throw new AssertionError(group + " is not among " + nodes);
    }

    List<String> permissionsOf(String group) {
        JsonNode team = teamNamed(owner.graphql(TEAM_PERMISSIONS, "uri", environmentUri)
                .data("listAllEnvironmentGroups.nodes"), group);
        return texts(team.get("environmentPermissions"), "name");
    }

    User invitedGuest(String... permissions) {
        guests = unique("guests");
        return invitedMember(guests, permissions);
    }

    @Test
    void anInvitedTeamGetsATeamRoleAndCanReadTheEnvironment() {
        guests = unique("guests");
        inviteToOrganization(guests);

        GraphQl answer = invite(owner, guests, "CREATE_DATASET");

        assertThat(answer.text("inviteGroupOnEnvironment.environmentUri")).isEqualTo(environmentUri);
        JsonNode team = teamNamed(owner.graphql(LIST_INVITED_GROUPS, "uri", environmentUri)
                .data("listEnvironmentInvitedGroups.nodes"), guests);
        assertThat(team.get("environmentIAMRoleName").asText())
                .isEqualTo("dataall-" + guests.toLowerCase() + "-" + environmentUri);
        assertThat(team.get("invitedBy").asText()).isEqualTo(owner.username);
        assertThat(get(signIn(unique("guest"), guests), environmentUri).text("getEnvironment.userRoleInEnvironment"))
                .isEqualTo("Invited");
    }

    @Test
    void anInvitedTeamHoldsTheDefaultsPlusTheChosenPermissions() {
        invitedGuest("CREATE_DATASET", "CREATE_NETWORK");

        assertThat(permissionsOf(guests)).containsExactlyInAnyOrder("GET_ENVIRONMENT", "LIST_ENVIRONMENT_GROUPS",
                "LIST_ENVIRONMENT_GROUP_PERMISSIONS", "LIST_ENVIRONMENT_CONSUMPTION_ROLES", "LIST_ENVIRONMENT_SHARED_WITH_OBJECTS",
                "LIST_ENVIRONMENT_NETWORKS", "LIST_ENVIRONMENT_DATASETS", "CREDENTIALS_ENVIRONMENT", "CREATE_DATASET",
                "CREATE_NETWORK");
        assertThat(permissionsOf(team)).contains("UPDATE_ENVIRONMENT", "DELETE_ENVIRONMENT");
    }

    @Test
    void aTeamWithoutInvitePermissionCannotInviteOthers() {
        User guest = invitedGuest("CREATE_DATASET");
        String others = unique("others");
        inviteToOrganization(others);

        assertUnauthorized(invite(guest, others, "CREATE_DATASET").error(), guest, "INVITE_ENVIRONMENT_GROUP",
                environmentUri);
        assertThat(teams()).doesNotContain(others);
    }

    @Test
    void anInvitationWithAPermissionBeyondTheInvitationOnesIsRefusedNamingTheField() {
        guests = unique("guests");
        inviteToOrganization(guests);

        String error = invite(owner, guests, "DELETE_ENVIRONMENT").error();

        assertThat(error).contains("InvalidInput").contains("permissions").contains("DELETE_ENVIRONMENT");
        assertThat(teams()).containsExactly(team);
    }

    @Test
    void onlyTeamsOfTheOrganizationCanBeInvited() {
        String strangers = unique("strangers");

        String error = invite(owner, strangers, "CREATE_DATASET").error();

        assertThat(error).contains("InvalidInput").contains("groupUri").contains(strangers);
        assertThat(teams()).containsExactly(team);
    }

    @Test
    void aTeamIsInvitedOnce() {
        invitedGuest("CREATE_DATASET");

        assertThat(invite(owner, guests, "CREATE_DATASET").error()).contains("ResourceAlreadyExists").contains(guests);
    }

    @Test
    void updatingATeamsPermissionsReplacesThem() {
        invitedGuest("CREATE_DATASET");

        owner.graphql(UPDATE_PERMISSIONS, "input", map("environmentUri", environmentUri, "groupUri", guests,
                "permissions", List.of("RUN_ATHENA_QUERY"))).data("updateGroupEnvironmentPermissions");

        assertThat(permissionsOf(guests)).contains("RUN_ATHENA_QUERY").doesNotContain("CREATE_DATASET");
    }

    @Test
    void anInvitedTeamCannotUpdateTeamPermissions() {
        User guest = invitedGuest("CREATE_DATASET");

        String error = guest.graphql(UPDATE_PERMISSIONS, "input", map("environmentUri", environmentUri,
                "groupUri", guests, "permissions", List.of("RUN_ATHENA_QUERY"))).error();

        assertUnauthorized(error, guest, "UPDATE_ENVIRONMENT_GROUP", environmentUri);
        assertThat(permissionsOf(guests)).contains("CREATE_DATASET").doesNotContain("RUN_ATHENA_QUERY");
    }

    @Test
    void updatingPermissionsToOnesBeyondTheInvitationOnesIsRefusedNamingTheField() {
        invitedGuest("CREATE_DATASET");

        String error = owner.graphql(UPDATE_PERMISSIONS, "input", map("environmentUri", environmentUri,
                "groupUri", guests, "permissions", List.of("UPDATE_ENVIRONMENT"))).error();

        assertThat(error).contains("InvalidInput").contains("permissions");
        assertThat(permissionsOf(guests)).contains("CREATE_DATASET").doesNotContain("UPDATE_ENVIRONMENT");
    }

    @Test
    void theAdminTeamsPermissionsCannotBeUpdated() {
        String error = owner.graphql(UPDATE_PERMISSIONS, "input", map("environmentUri", environmentUri,
                "groupUri", team, "permissions", List.of("CREATE_DATASET"))).error();

        assertThat(error).contains("ResourceInUse").contains(team);
        assertThat(permissionsOf(team)).contains("DELETE_ENVIRONMENT");
    }

    @Test
    void aRemovedTeamLosesAccessToTheEnvironment() {
        User guest = invitedGuest("CREATE_DATASET");

        owner.graphql(REMOVE, "uri", environmentUri, "group", guests).data("removeGroupFromEnvironment");

        assertThat(teams()).containsExactly(team);
        assertUnauthorized(get(guest, environmentUri).error(), guest, "GET_ENVIRONMENT", environmentUri);
    }

    @Test
    void anInvitedTeamCannotRemoveTeams() {
        User guest = invitedGuest("CREATE_DATASET");

        assertUnauthorized(guest.graphql(REMOVE, "uri", environmentUri, "group", guests).error(), guest,
                "REMOVE_ENVIRONMENT_GROUP", environmentUri);
        assertThat(teams()).contains(guests);
    }

    @Test
    void removingATeamWithABlankGroupIsRefusedNamingTheField() {
        invitedGuest("CREATE_DATASET");

        assertThat(owner.graphql(REMOVE, "uri", environmentUri, "group", " ").error()).contains("RequiredParameter")
                .contains("groupUri is required");
        assertThat(teams()).contains(guests);
    }

    @Test
    void theAdminTeamCannotBeRemoved() {
        assertThat(owner.graphql(REMOVE, "uri", environmentUri, "group", team).error()).contains("ResourceInUse");
        assertThat(teams()).containsExactly(team);
    }

    @Test
    void aTeamOwningAConsumptionPrincipalCannotBeRemovedAndIsToldSo() {
        invitedGuest("ADD_ENVIRONMENT_CONSUMPTION_ROLES");
        owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "guest-consumer", "groupUri", guests,
                "IAMPrincipalArn", roleArn("guest-consumer"), "dataallManaged", "PARTIALLY_MANAGED"))
                .data("addConsumptionPrincipalToEnvironment");

        String error = owner.graphql(REMOVE, "uri", environmentUri, "group", guests).error();

        assertThat(error).contains("ResourceInUse").contains("guest-consumer");
        assertThat(teams()).contains(guests);
    }

    @Test
    void listEnvironmentGroupsShowsTheCallersOwnTeams() {
        User guest = invitedGuest("CREATE_DATASET");

        assertThat(texts(guest.graphql(LIST_GROUPS, "uri", environmentUri).data("listEnvironmentGroups.nodes"),
                "groupUri")).containsExactly(guests);
        assertThat(texts(owner.graphql(LIST_GROUPS, "uri", environmentUri).data("listEnvironmentGroups.nodes"),
                "groupUri")).containsExactly(team);
    }

    @Test
    void outsiderCannotListTheCallersTeams() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_GROUPS, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_GROUPS", environmentUri);
    }

    @Test
    void listEnvironmentGroupsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_GROUPS, "uri", " ").error()).contains("environmentUri is required");
    }

    @Test
    void listAllEnvironmentGroupsShowsEveryTeamWithItsRole() {
        invitedGuest("CREATE_DATASET");

        JsonNode nodes = owner.graphql(LIST_ALL_GROUPS, "uri", environmentUri).data("listAllEnvironmentGroups.nodes");

        assertThat(texts(nodes, "groupUri")).containsExactlyInAnyOrder(team, guests);
        assertThat(teamNamed(nodes, team).get("environmentIAMRoleName").asText())
                .isEqualTo("dataall-sales-data-" + environmentUri);
        assertThat(teamNamed(nodes, team).get("environmentAthenaWorkGroup").asText())
                .isEqualTo("dataall-sales-data-" + environmentUri);
    }

    @Test
    void outsiderCannotListAllTeams() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_ALL_GROUPS, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_GROUPS", environmentUri);
    }

    @Test
    void listAllEnvironmentGroupsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_ALL_GROUPS, "uri", "").error()).contains("environmentUri is required");
    }

    @Test
    void listEnvironmentInvitedGroupsLeavesOutTheAdminTeam() {
        invitedGuest("CREATE_DATASET");

        assertThat(texts(owner.graphql(LIST_INVITED_GROUPS, "uri", environmentUri)
                .data("listEnvironmentInvitedGroups.nodes"), "groupUri")).containsExactly(guests);
    }

    @Test
    void outsiderCannotListTheInvitedTeams() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_INVITED_GROUPS, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_GROUPS", environmentUri);
    }

    @Test
    void listEnvironmentInvitedGroupsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_INVITED_GROUPS, "uri", "").error()).contains("environmentUri is required");
    }

    @Test
    void anInvitedTeamSeesEveryTeamsPermissions() {
        User guest = invitedGuest("CREATE_DATASET");

        JsonNode nodes = guest.graphql(TEAM_PERMISSIONS, "uri", environmentUri).data("listAllEnvironmentGroups.nodes");

        assertThat(texts(teamNamed(nodes, team).get("environmentPermissions"), "name")).contains("DELETE_ENVIRONMENT");
    }

    @Test
    void outsiderCannotSeeATeamsPermissionsOnTheEnvironment() {
        User outsider = outsider();

        String error = outsider.graphql("""
                query($group: String!, $uri: String!) {
                  getGroup(groupUri: $group) { groupUri environmentPermissions(environmentUri: $uri) { name } }
                }""", "group", team, "uri", environmentUri).error();

        assertUnauthorized(error, outsider, "LIST_ENVIRONMENT_GROUP_PERMISSIONS", environmentUri);
    }

    @Test
    void aTeamsPermissionsOnAnEnvironmentNeedTheEnvironmentUri() {
        String error = owner.graphql("""
                query($group: String!) { getGroup(groupUri: $group) { environmentPermissions { name } } }""",
                "group", team).error();

        assertThat(error).contains("environmentUri");
    }

    @Test
    void theInvitationPermissionsAreListedWithTheirDescriptions() {
        JsonNode permissions = owner.graphql(INVITATION_PERMISSIONS).data("listEnvironmentGroupInvitationPermissions");

        assertThat(texts(permissions, "name")).containsExactly("INVITE_ENVIRONMENT_GROUP",
                "ADD_ENVIRONMENT_CONSUMPTION_ROLES", "CREATE_NETWORK", "CREATE_DATASET", "CREATE_SHARE_OBJECT",
                "RUN_ATHENA_QUERY");
        assertThat(permissions.get(0).get("description").asText()).isEqualTo("Invite other teams to this environment");
    }

    @Test
    void theInvitationPermissionsNeedASignedInCaller() {
        assertThat(post("/graphql", null, map("query", INVITATION_PERMISSIONS)).status()).isEqualTo(401);
    }

    @Test
    void theInvitationPermissionsTakeNoArgumentAndSayWhichOneIsUnknown() {
        String error = owner.graphql(
                "query { listEnvironmentGroupInvitationPermissions(environmentUri: \"x\") { name } }").error();

        assertThat(error).contains("environmentUri");
    }
}
