package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * listOrganizations, listOrganizationGroups, listOrganizationGroupPermissions and
 * listInviteOrganizationPermissionsWithDescriptions.
 */
class OrganizationListingsApiTest extends OrganizationApiSupport {

    String term;
    String team;
    User owner;

    @BeforeEach
    void signInOwner() {
        term = unique("Listing");
        team = unique("team");
        owner = signIn(unique("owner"), team);
    }

    int anonymousStatus(String document) {
        return post("/graphql", null, Map.of("query", document)).status();
    }

    @Test
    void listOrganizationsShowsOnlyWhatTheCallersTeamsMaySee() {
        String mine = createOrganization(owner, term + " mine", team);
        String otherTeam = unique("others");
        createOrganization(signIn(unique("other"), otherTeam), term + " theirs", otherTeam);

        assertThat(visibleTo(owner, term)).containsExactly(mine);
    }

    @Test
    void anInvitedTeamSeesTheOrganizationListedAsInvited() {
        String uri = createOrganization(owner, term, team);
        String guests = unique("guests");
        invite(owner, uri, guests);

        JsonNode nodes = signIn(unique("guest"), guests).graphql(LIST, "filter", map("term", term))
                .data("listOrganizations.nodes");

        assertThat(texts(nodes, "organizationUri")).containsExactly(uri);
        assertThat(texts(nodes, "userRoleInOrganization")).containsExactly("Invited");
    }

    @Test
    void aCallerInSeveralTeamsSeesTheOrganizationsOfAllOfThem() {
        String second = unique("second");
        User both = signIn(unique("both"), team, second);
        String first = createOrganization(both, term + " a", team);
        String other = createOrganization(both, term + " b", second);

        assertThat(visibleTo(both, term)).containsExactlyInAnyOrder(first, other);
    }

    @Test
    void listOrganizationsPagesTheResults() {
        for (int i = 1; i <= 3; i++) {
            createOrganization(owner, term + " " + i, team);
        }

        JsonNode first = owner.graphql(LIST, "filter", map("term", term, "pageSize", 2)).data("listOrganizations");
        JsonNode second = owner.graphql(LIST, "filter", map("term", term, "pageSize", 2, "page", 2))
                .data("listOrganizations");

        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("nodes")).hasSize(2);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(first.get("nextPage").asInt()).isEqualTo(2);
        assertThat(second.get("nodes")).hasSize(1);
        assertThat(second.get("hasPrevious").asBoolean()).isTrue();
        assertThat(second.get("previousPage").asInt()).isEqualTo(1);
    }

    @Test
    void listOrganizationsSearchesLabelsDescriptionsAndTags() {
        String byLabel = createOrganization(owner, term, team);
        String byDescription = owner.graphql(CREATE, "input", map("label", "Other", "description", "about " + term,
                "SamlGroupName", team)).text("createOrganization.organizationUri");
        String byTag = owner.graphql(CREATE, "input", map("label", "Tagged", "tags", List.of(term),
                "SamlGroupName", team)).text("createOrganization.organizationUri");
        createOrganization(owner, "Unrelated", team);

        assertThat(visibleTo(owner, term)).containsExactlyInAnyOrder(byLabel, byDescription, byTag);
    }

    @Test
    void listOrganizationsWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus("query { listOrganizations { count } }")).isEqualTo(401);
    }

    @Test
    void listOrganizationsWithANonNumericPageIsRefusedNamingTheField() {
        createOrganization(owner, term, team);

        assertThat(owner.graphql("query { listOrganizations(filter: {page: \"two\"}) { count } }").error())
                .contains("page");
        assertThat(visibleTo(owner, term)).hasSize(1);
    }

    @Test
    void listOrganizationGroupsListsTheOwnerTeamAndInvitedTeamsWithWhoInvitedThem() {
        String uri = createOrganization(owner, term, team);
        String guests = unique("guests");
        invite(owner, uri, guests);

        JsonNode nodes = owner.graphql(LIST_GROUPS, "uri", uri).data("listOrganizationGroups.nodes");

        assertThat(texts(nodes, "groupUri")).containsExactlyInAnyOrder(team, guests);
        assertThat(texts(nodes, "invitedBy")).containsOnly(owner.username);
    }

    @Test
    void listOrganizationGroupsFiltersByTerm() {
        String uri = createOrganization(owner, term, team);
        String guests = unique("guests");
        invite(owner, uri, guests);

        JsonNode nodes = owner.graphql(LIST_GROUPS, "uri", uri, "filter", map("term", guests))
                .data("listOrganizationGroups.nodes");

        assertThat(texts(nodes, "groupUri")).containsExactly(guests);
    }

    @Test
    void outsiderCannotListTheOrganizationsTeams() {
        String uri = createOrganization(owner, term, team);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(outsider.graphql(LIST_GROUPS, "uri", uri).error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: GET_ORGANIZATION"
                        + " on resource: " + uri);
    }

    @Test
    void listOrganizationGroupsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_GROUPS, "uri", " ").error()).contains("RequiredParameter")
                .contains("organizationUri is required");
    }

    @Test
    void theOwnerTeamHoldsEveryOrganizationPermission() {
        String uri = createOrganization(owner, term, team);

        JsonNode permissions = owner.graphql(LIST_GROUP_PERMISSIONS, "uri", uri, "group", team)
                .data("listOrganizationGroupPermissions");

        assertThat(texts(permissions, "name")).containsExactlyInAnyOrder("GET_ORGANIZATION", "UPDATE_ORGANIZATION",
                "DELETE_ORGANIZATION", "LINK_ENVIRONMENT", "INVITE_ORGANIZATION_GROUP", "REMOVE_ORGANIZATION_GROUP");
        assertThat(texts(permissions, "type")).containsOnly("RESOURCE");
        assertThat(texts(permissions, "description")).doesNotContain("");
    }

    @Test
    void anInvitedTeamMayListItsOwnPermissions() {
        String uri = createOrganization(owner, term, team);
        String guests = unique("guests");
        invite(owner, uri, guests, "LINK_ENVIRONMENT");

        assertThat(permissionsOf(signIn(unique("guest"), guests), uri, guests))
                .containsExactly("GET_ORGANIZATION", "LINK_ENVIRONMENT");
    }

    @Test
    void outsiderCannotListATeamsPermissions() {
        String uri = createOrganization(owner, term, team);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(outsider.graphql(LIST_GROUP_PERMISSIONS, "uri", uri, "group", team).error())
                .contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: GET_ORGANIZATION"
                        + " on resource: " + uri);
    }

    @Test
    void listingThePermissionsOfATeamThatIsNotInTheOrganizationIsRefused() {
        String uri = createOrganization(owner, term, team);
        String stranger = unique("strangers");

        assertThat(owner.graphql(LIST_GROUP_PERMISSIONS, "uri", uri, "group", stranger).error())
                .contains("ObjectNotFound").contains("Team " + stranger + " in organization " + uri + " not found");
    }

    @Test
    void listingThePermissionsOfABlankTeamIsRefusedNamingTheField() {
        String uri = createOrganization(owner, term, team);

        assertThat(owner.graphql(LIST_GROUP_PERMISSIONS, "uri", uri, "group", "").error())
                .contains("RequiredParameter").contains("groupUri is required");
    }

    @Test
    void theInvitationPermissionsAreListedWithDataallsDescriptions() {
        JsonNode permissions = owner.graphql(LIST_INVITE_PERMISSIONS)
                .data("listInviteOrganizationPermissionsWithDescriptions");

        assertThat(texts(permissions, "name"))
                .containsExactly("LINK_ENVIRONMENT", "INVITE_ORGANIZATION_GROUP", "REMOVE_ORGANIZATION_GROUP");
        assertThat(texts(permissions, "description")).containsExactly("Link environments to this organization",
                "Invite other teams to this organization", "Remove invited teams from this organization");
    }

    @Test
    void listingTheInvitationPermissionsWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(LIST_INVITE_PERMISSIONS)).isEqualTo(401);
    }

    @Test
    void askingTheInvitationPermissionsForAFieldTheyDoNotHaveIsRefusedNamingTheField() {
        assertThat(owner.graphql("query { listInviteOrganizationPermissionsWithDescriptions { name permissionUri } }")
                .error()).contains("permissionUri");
    }
}
