package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createOrganization and getOrganization. */
class OrganizationApiTest extends OrganizationApiSupport {

    String team;
    User owner;

    @BeforeEach
    void signInOwner() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
    }

    String createOrganization(User user, String group) {
        return createOrganization(user, "Sales Data", group);
    }

    int organizationsOfTheTeam() {
        return owner.graphql(LIST, "filter", map("pageSize", 100)).data("listOrganizations.count").asInt();
    }

    @Test
    void createOrganizationAnswersTheNewOrganizationOwnedByTheCaller() {
        GraphQl created = owner.graphql(CREATE, "input",
                map("label", "Sales Data", "SamlGroupName", team, "tags", List.of("pii"), "description", "Sales"));

        assertThat(created.text("createOrganization.label")).isEqualTo("Sales Data");
        assertThat(created.text("createOrganization.name")).isEqualTo("sales-data");
        assertThat(created.text("createOrganization.description")).isEqualTo("Sales");
        assertThat(texts(created.data("createOrganization.tags"))).containsExactly("pii");
        assertThat(created.text("createOrganization.owner")).isEqualTo(owner.username);
        assertThat(created.text("createOrganization.SamlGroupName")).isEqualTo(team);
        assertThat(created.text("createOrganization.userRoleInOrganization")).isEqualTo("Owner");
        assertThat(created.text("createOrganization.created")).isNotBlank();
        assertThat(created.data("createOrganization.stats.groups").asInt()).isEqualTo(1);
        assertThat(created.data("createOrganization.stats.environments").asInt()).isZero();
    }

    @Test
    void creatorCanReadTheOrganizationOnTheVeryNextCall() {
        String uri = createOrganization(owner, team);

        assertThat(get(owner, uri).text("getOrganization.label")).isEqualTo("Sales Data");
    }

    @Test
    void aTeamMateOfTheCreatorSeesTheOrganizationAsAdmin() {
        String uri = createOrganization(owner, team);
        User teamMate = signIn(unique("mate"), team);

        assertThat(get(teamMate, uri).text("getOrganization.userRoleInOrganization")).isEqualTo("Admin");
    }

    @Test
    void theTenantAdministratorMayCreateAnOrganizationForATeamItIsNotIn() {
        User admin = admin();

        GraphQl created = admin.graphql(CREATE, "input", map("label", "Platform", "SamlGroupName", team));

        assertThat(created.text("createOrganization.SamlGroupName")).isEqualTo(team);
        assertThat(get(owner, created.text("createOrganization.organizationUri")).text("getOrganization.label"))
                .isEqualTo("Platform");
    }

    @Test
    void createOrganizationWithoutLabelIsRefusedNamingTheField() {
        String error = owner.graphql(CREATE, "input", map("SamlGroupName", team)).error();

        assertThat(error).contains("RequiredParameter").contains("label is required");
        assertThat(organizationsOfTheTeam()).isZero();
    }

    @Test
    void createOrganizationWithALabelLongerThan64CharactersIsRefusedNamingTheField() {
        String error = owner.graphql(CREATE, "input", map("label", "x".repeat(65), "SamlGroupName", team)).error();

        assertThat(error).contains("InvalidInput").contains("label must be at most 64 characters long");
        assertThat(organizationsOfTheTeam()).isZero();
    }

    @Test
    void aRefusedFieldIsNamedInTheErrorExtensionsBesideDataallsCode() {
        JsonNode error = owner.graphql(CREATE, "input", map("label", "x".repeat(65), "SamlGroupName", team))
                .body().get("errors").get(0);

        assertThat(error.at("/extensions/code").asText()).isEqualTo("InvalidInput");
        assertThat(error.at("/extensions/field").asText()).isEqualTo("label");
    }

    @Test
    void createOrganizationWithoutOwnerTeamIsRefusedNamingTheField() {
        String error = owner.graphql(CREATE, "input", map("label", "Sales Data")).error();

        assertThat(error).contains("RequiredParameter").contains("SamlGroupName is required");
        assertThat(organizationsOfTheTeam()).isZero();
    }

    @Test
    void createOrganizationForATeamTheCallerIsNotInIsRefused() {
        String other = unique("other");
        String error = owner.graphql(CREATE, "input", map("label", "X", "SamlGroupName", other)).error();

        assertThat(error).contains("InvalidInput").contains("SamlGroupName")
                .contains(owner.username + " is not a member of " + other);
        assertThat(organizationsOfTheTeam()).isZero();
    }

    @Test
    void aTeamWithoutManageOrganizationsCannotCreateOne() {
        admin().graphql("""
                mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""",
                "input", map("groupUri", team, "permissions", List.of("MANAGE_DATASETS")));

        String error = owner.graphql(CREATE, "input", map("label", "Sales Data", "SamlGroupName", team)).error();

        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + owner.username + " is not authorized to perform: MANAGE_ORGANIZATIONS"
                        + " on resource: dataall");
        assertThat(organizationsOfTheTeam()).isZero();
    }

    @Test
    void anInvitedTeamReadsTheOrganizationAsInvited() {
        String uri = createOrganization(owner, team);
        String guests = unique("guests");
        invite(owner, uri, guests);
        User guest = signIn(unique("guest"), guests);

        GraphQl read = get(guest, uri);

        assertThat(read.text("getOrganization.label")).isEqualTo("Sales Data");
        assertThat(read.text("getOrganization.userRoleInOrganization")).isEqualTo("Invited");
    }

    @Test
    void outsiderCannotReadTheOrganization() {
        String uri = createOrganization(owner, team);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(get(outsider, uri).error())
                .contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: GET_ORGANIZATION on resource: "
                        + uri);
    }

    @Test
    void readingAnOrganizationThatDoesNotExistIsRefusedAsUnauthorized() {
        assertThat(get(owner, "nosuchorg").error()).contains("UnauthorizedOperation")
                .contains("GET_ORGANIZATION on resource: nosuchorg");
    }

    @Test
    void getOrganizationWithABlankUriIsRefusedNamingTheField() {
        assertThat(get(owner, " ").error()).contains("RequiredParameter").contains("organizationUri is required");
    }
}
