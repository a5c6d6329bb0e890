package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** inviteGroupToOrganization, updateOrganizationGroup and removeGroupFromOrganization. */
class OrganizationTeamsApiTest extends OrganizationApiSupport {

    String team;
    User owner;
    String uri;
    String guests;

    @BeforeEach
    void createOrganization() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        uri = createOrganization(owner, "Sales Data", team);
        guests = unique("guests");
    }

    GraphQl updateTeam(User user, String organizationUri, String group, String... permissions) {
        return user.graphql(UPDATE_GROUP, "input",
                map("organizationUri", organizationUri, "groupUri", group, "permissions", List.of(permissions)));
    }

    GraphQl remove(User user, String organizationUri, String group) {
        return user.graphql(REMOVE_GROUP, "uri", organizationUri, "group", group);
    }

    User guest() {
        return signIn(unique("guest"), guests);
    }

    @Test
    void anInvitedTeamIsListedWithGetOrganizationPlusWhatItWasGranted() {
        GraphQl invited = invite(owner, uri, guests, "LINK_ENVIRONMENT");

        assertThat(invited.data("inviteGroupToOrganization.stats.groups").asInt()).isEqualTo(2);
        assertThat(teamsOf(owner, uri)).containsExactlyInAnyOrder(team, guests);
        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION", "LINK_ENVIRONMENT");
    }

    @Test
    void aTeamFirstSeenInAnInvitationIsRegisteredWithTheDefaultTenantPermissions() {
        invite(owner, uri, guests);

        List<String> permissions = texts(owner.graphql("""
                query($group: String!) { getGroup(groupUri: $group) { groupUri tenantPermissions { name } } }""",
                "group", guests).data("getGroup.tenantPermissions"), "name");
        assertThat(permissions).contains("MANAGE_ORGANIZATIONS", "MANAGE_ENVIRONMENTS");
    }

    @Test
    void anInvitedTeamGrantedInvitePermissionCanInviteAnotherTeam() {
        invite(owner, uri, guests, "INVITE_ORGANIZATION_GROUP");
        String third = unique("third");

        invite(guest(), uri, third);

        assertThat(teamsOf(owner, uri)).contains(third);
    }

    @Test
    void anInvitedTeamWithoutInvitePermissionCannotInvite() {
        invite(owner, uri, guests);
        User guest = guest();
        String third = unique("third");

        assertThat(invite(guest, uri, third).error()).contains("UnauthorizedOperation")
                .contains("User: " + guest.username + " is not authorized to perform: INVITE_ORGANIZATION_GROUP"
                        + " on resource: " + uri);
        assertThat(teamsOf(owner, uri)).doesNotContain(third);
    }

    @Test
    void outsiderCannotInviteATeam() {
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(invite(outsider, uri, guests).error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: INVITE_ORGANIZATION_GROUP"
                        + " on resource: " + uri);
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void invitingWithAnUnknownPermissionIsRefusedNamingTheField() {
        assertThat(invite(owner, uri, guests, "RULE_THE_WORLD").error()).contains("InvalidInput")
                .contains("permissions contains unknown permission RULE_THE_WORLD");
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void invitingWithoutATeamIsRefusedNamingTheField() {
        assertThat(invite(owner, uri, " ").error()).contains("RequiredParameter").contains("groupUri is required");
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void invitingWithoutAnOrganizationIsRefusedNamingTheField() {
        assertThat(invite(owner, "", guests).error()).contains("RequiredParameter")
                .contains("organizationUri is required");
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void invitingTheOwnerTeamIsRefused() {
        assertThat(invite(owner, uri, team).error()).contains("ResourceAlreadyExists")
                .contains("Team: " + team + " is already a member of the organization " + uri);
        assertThat(permissionsOf(owner, uri, team)).hasSize(6);
    }

    @Test
    void invitingATeamTwiceIsRefusedAndKeepsItsPermissions() {
        invite(owner, uri, guests);

        assertThat(invite(owner, uri, guests, "LINK_ENVIRONMENT").error()).contains("ResourceAlreadyExists");
        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION");
    }

    @Test
    void updatingATeamReplacesItsPermissionsAndWhatItMayDo() {
        invite(owner, uri, guests, "LINK_ENVIRONMENT");

        updateTeam(owner, uri, guests, "INVITE_ORGANIZATION_GROUP");

        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION", "INVITE_ORGANIZATION_GROUP");
        String third = unique("third");
        invite(guest(), uri, third);
        assertThat(teamsOf(owner, uri)).contains(third);
    }

    @Test
    void updatingATeamWithThePermissionsItIsListedWithIsAccepted() {
        invite(owner, uri, guests);

        updateTeam(owner, uri, guests, "GET_ORGANIZATION", "LINK_ENVIRONMENT");

        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION", "LINK_ENVIRONMENT");
    }

    @Test
    void outsiderCannotUpdateATeam() {
        invite(owner, uri, guests);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(updateTeam(outsider, uri, guests, "LINK_ENVIRONMENT").error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: INVITE_ORGANIZATION_GROUP"
                        + " on resource: " + uri);
        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION");
    }

    @Test
    void updatingATeamWithAnUnknownPermissionIsRefusedNamingTheField() {
        invite(owner, uri, guests, "LINK_ENVIRONMENT");

        assertThat(updateTeam(owner, uri, guests, "RULE_THE_WORLD").error()).contains("InvalidInput")
                .contains("permissions contains unknown permission RULE_THE_WORLD");
        assertThat(permissionsOf(owner, uri, guests)).containsExactly("GET_ORGANIZATION", "LINK_ENVIRONMENT");
    }

    @Test
    void updatingTheOwnerTeamIsRefused() {
        assertThat(updateTeam(owner, uri, team, "LINK_ENVIRONMENT").error()).contains("ResourceInUse")
                .contains("Team: " + team + " owns the organization " + uri);
        assertThat(permissionsOf(owner, uri, team)).hasSize(6);
    }

    @Test
    void updatingATeamThatWasNotInvitedIsRefused() {
        assertThat(updateTeam(owner, uri, guests, "LINK_ENVIRONMENT").error()).contains("ObjectNotFound")
                .contains("Team " + guests + " in organization " + uri + " not found");
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void removingATeamTakesAwayItsAccess() {
        invite(owner, uri, guests);
        User guest = guest();

        GraphQl removed = remove(owner, uri, guests);

        assertThat(removed.data("removeGroupFromOrganization.stats.groups").asInt()).isEqualTo(1);
        assertThat(teamsOf(owner, uri)).containsExactly(team);
        assertThat(get(guest, uri).error()).contains("UnauthorizedOperation").contains("GET_ORGANIZATION");
    }

    @Test
    void outsiderCannotRemoveATeam() {
        invite(owner, uri, guests);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(remove(outsider, uri, guests).error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: REMOVE_ORGANIZATION_GROUP"
                        + " on resource: " + uri);
        assertThat(teamsOf(owner, uri)).containsExactlyInAnyOrder(team, guests);
    }

    @Test
    void removingTheOwnerTeamIsRefused() {
        assertThat(remove(owner, uri, team).error()).contains("ResourceInUse")
                .contains("Team: " + team + " owns the organization " + uri + " and cannot be removed");
        assertThat(teamsOf(owner, uri)).containsExactly(team);
    }

    @Test
    void removingATeamThatWasNotInvitedIsRefused() {
        assertThat(remove(owner, uri, guests).error()).contains("ObjectNotFound")
                .contains("Team " + guests + " in organization " + uri + " not found");
    }

    @Test
    void removingWithoutATeamIsRefusedNamingTheField() {
        invite(owner, uri, guests);

        assertThat(remove(owner, uri, "").error()).contains("RequiredParameter").contains("groupUri is required");
        assertThat(teamsOf(owner, uri)).containsExactlyInAnyOrder(team, guests);
    }
}
