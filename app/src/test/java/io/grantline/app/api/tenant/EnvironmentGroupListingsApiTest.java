package io.grantline.app.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * listGroups for an environment and listAllGroups: the team listings that depend on environments. Each test has
 * its own organization and environment, whose teams share a name prefix no other test uses.
 */
class EnvironmentGroupListingsApiTest extends TenantApiSupport {

    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    static final String INVITE_TO_ENVIRONMENT = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              inviteGroupOnEnvironment(input: $input) { environmentUri }
            }""";
    static final String DELETE_ENVIRONMENT = """
            mutation($uri: String!) { deleteEnvironment(environmentUri: $uri, deleteFromAWS: false) }""";

    String prefix;
    String admins;
    String guests;
    User owner;
    String organizationUri;
    String environmentUri;

    @BeforeEach
    void createAnEnvironmentWithAnInvitedTeam() {
        prefix = unique("circle");
        admins = prefix + "-admins";
        guests = prefix + "-guests";
        owner = signIn(unique("owner"), admins);
        organizationUri = owner.graphql(CREATE_ORGANIZATION, "input",
                Map.of("label", "Circle", "SamlGroupName", admins)).text("createOrganization.organizationUri");
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        environmentUri = owner.graphql(CREATE_ENVIRONMENT, "input", Map.of("label", "Circle", "organizationUri",
                        organizationUri, "SamlGroupName", admins, "AwsAccountId", account, "region", "eu-west-1"))
                .text("createEnvironment.environmentUri");
        inviteToEnvironment(guests);
    }

    void inviteToOrganization(String team) {
        owner.graphql(INVITE, "input", Map.of("organizationUri", organizationUri, "groupUri", team))
                .data("inviteGroupToOrganization");
    }

    void inviteToEnvironment(String team) {
        inviteToOrganization(team);
        owner.graphql(INVITE_TO_ENVIRONMENT, "input", Map.of("environmentUri", environmentUri, "groupUri", team,
                "permissions", List.of("CREATE_DATASET"))).data("inviteGroupOnEnvironment");
    }

    List<String> groupNamesForTheEnvironment(User user) {
        return texts(user.graphql(LIST_GROUPS, "filter", Map.of("type", "environment", "uri", environmentUri))
                .data("listGroups"), "groupName");
    }

    JsonNode allGroups(User user, Map<String, Object> filter) {
        return user.graphql(LIST_ALL_GROUPS, "filter", filter).data("listAllGroups");
    }

    List<String> allGroupNames(User user) {
        return texts(allGroups(user, Map.of("term", prefix)).get("nodes"), "groupUri");
    }

    @Test
    void listGroupsForAnEnvironmentLeavesOutTheTeamsAlreadyInIt() {
        String organizationOnly = prefix + "-organization-only";
        inviteToOrganization(organizationOnly);
        String other = knownTeam();

        assertThat(groupNamesForTheEnvironment(owner)).contains(organizationOnly, other).doesNotContain(admins, guests);
    }

    @Test
    void listGroupsForAnEnvironmentNeedsNoPermissionOnItAsInDataall() {
        String other = knownTeam();
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(groupNamesForTheEnvironment(outsider)).contains(other).doesNotContain(admins, guests);
    }

    @Test
    void listGroupsForAnEnvironmentThatDoesNotExistIsRefusedNamingIt() {
        assertThat(owner.graphql(LIST_GROUPS, "filter", Map.of("type", "environment", "uri", "nosuchenv")).error())
                .contains("ObjectNotFound").contains("Environment nosuchenv not found");
    }

    @Test
    void listAllGroupsListsTheCallersTeamsAndTheTeamsOfTheCallersEnvironments() {
        String own = prefix + "-own";
        User guest = signIn(unique("guest"), guests, own);

        assertThat(allGroupNames(guest)).containsExactly(admins, guests, own);
    }

    @Test
    void listAllGroupsPagesTheTeamsOfTheCallersEnvironments() {
        String analysts = prefix + "-analysts";
        inviteToEnvironment(analysts);

        JsonNode page = allGroups(owner, Map.of("term", prefix, "pageSize", 2));

        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("hasNext").asBoolean()).isTrue();
        assertThat(texts(page.get("nodes"), "groupUri")).containsExactly(admins, analysts);
    }

    @Test
    void listAllGroupsKeepsTheTeamsMatchingTheTerm() {
        JsonNode page = allGroups(owner, Map.of("term", prefix + "-GUE"));

        assertThat(texts(page.get("nodes"), "groupUri")).containsExactly(guests);
    }

    @Test
    void listAllGroupsLeavesOutTheTeamsOfEnvironmentsTheCallerIsNotIn() {
        String outsiders = prefix + "-outsiders";
        User outsider = signIn(unique("outsider"), outsiders);

        assertThat(allGroupNames(outsider)).containsExactly(outsiders);
    }

    @Test
    void listAllGroupsLeavesOutTheTeamsOfDeletedEnvironments() {
        User guest = signIn(unique("guest"), guests);

        owner.graphql(DELETE_ENVIRONMENT, "uri", environmentUri).data("deleteEnvironment");

        assertThat(allGroupNames(guest)).containsExactly(guests);
    }

    @Test
    void listAllGroupsWithAPageSizeThatIsNoNumberIsRefusedNamingTheField() {
        assertThat(owner.graphql("query { listAllGroups(filter: {pageSize: \"ten\"}) { count } }").error())
                .contains("pageSize");
    }
}
