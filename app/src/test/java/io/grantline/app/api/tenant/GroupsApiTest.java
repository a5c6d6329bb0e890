package io.grantline.app.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** listGroups, listAllGroups, getGroupsForUser, getGroup and listUsersForGroup: teams known from tokens and invitations. */
class GroupsApiTest extends TenantApiSupport {

    List<String> groupNames(User user, Map<String, Object> filter) {
        return texts(user.graphql(LIST_GROUPS, "filter", filter).data("listGroups"), "groupName");
    }

    String createOrganization(User user, String team) {
        return user.graphql(CREATE_ORGANIZATION, "input", Map.of("label", "Teams", "SamlGroupName", team))
                .text("createOrganization.organizationUri");
    }

    void invite(User user, String organizationUri, String team) {
        user.graphql(INVITE, "input", Map.of("organizationUri", organizationUri, "groupUri", team));
    }

    @Test
    void listGroupsNamesTeamsSeenInTokensAndInInvitations() {
        String team = unique("team");
        User member = signIn(unique("member"), team);
        String invitedOnly = unique("invited");
        invite(member, createOrganization(member, team), invitedOnly);

        assertThat(groupNames(member, Map.of())).contains(team, invitedOnly);
    }

    @Test
    void listGroupsForAnOrganizationLeavesOutTheTeamsAlreadyInIt() {
        String team = unique("team");
        User member = signIn(unique("member"), team);
        String uri = createOrganization(member, team);
        String invited = unique("invited");
        invite(member, uri, invited);
        String other = knownTeam();

        List<String> names = groupNames(member, Map.of("type", "organization", "uri", uri));

        assertThat(names).contains(other).doesNotContain(team, invited);
    }

    @Test
    void listGroupsWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(LIST_GROUPS, Map.of())).isEqualTo(401);
    }

    @Test
    void listGroupsForAnOrganizationThatDoesNotExistIsRefusedNamingIt() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(LIST_GROUPS, "filter", Map.of("type", "organization", "uri", "nosuchorg")).error())
                .contains("ObjectNotFound").contains("Organization nosuchorg not found");
    }

    @Test
    void listAllGroupsPagesTheTeamsWithTheirTenantPermissions() {
        String prefix = unique("all");
        User member = signIn(unique("member"), prefix + "-1", prefix + "-2", prefix + "-3");

        JsonNode page = member.graphql(LIST_ALL_GROUPS, "filter", Map.of("term", prefix, "pageSize", 2))
                .data("listAllGroups");

        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("hasNext").asBoolean()).isTrue();
        assertThat(texts(page.get("nodes"), "groupUri")).containsExactly(prefix + "-1", prefix + "-2");
        assertThat(texts(page.get("nodes").get(0).get("tenantPermissions"), "name"))
                .containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
    }

    @Test
    void listAllGroupsListsOnlyTheCallersOwnTeams() {
        String prefix = unique("mine");
        String other = prefix + "-other";
        signIn(unique("other"), other).graphql(GROUPS_FOR_USER, "user", "nobody");
        User member = signIn(unique("member"), prefix + "-own");

        JsonNode nodes = member.graphql(LIST_ALL_GROUPS, "filter", Map.of("term", prefix)).data("listAllGroups.nodes");

        assertThat(texts(nodes, "groupUri")).containsExactly(prefix + "-own");
    }

    @Test
    void listAllGroupsWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(LIST_ALL_GROUPS, Map.of())).isEqualTo(401);
    }

    @Test
    void listAllGroupsWithANonNumericPageIsRefusedNamingTheField() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql("query { listAllGroups(filter: {page: \"one\"}) { count } }").error())
                .contains("page");
    }

    @Test
    void getGroupsForUserAnswersTheTeamsTheUserSignedInWith() {
        String first = unique("first");
        String second = unique("second");
        User member = signIn(unique("member"), first, second);

        assertThat(texts(member.graphql(GROUPS_FOR_USER, "user", member.username).data("getGroupsForUser")))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void getGroupsForUserWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(GROUPS_FOR_USER, Map.of("user", "alice"))).isEqualTo(401);
    }

    @Test
    void getGroupsForUserWithABlankUserIsRefusedNamingTheField() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(GROUPS_FOR_USER, "user", " ").error()).contains("RequiredParameter")
                .contains("userid is required");
    }

    @Test
    void getGroupAnswersTheTeamWithItsTenantPermissions() {
        String team = knownTeam();
        User member = signIn(unique("member"), unique("team"));

        GraphQl group = member.graphql(GET_GROUP, "group", team);

        assertThat(group.text("getGroup.groupUri")).isEqualTo(team);
        assertThat(group.text("getGroup.label")).isEqualTo(team);
        assertThat(texts(group.data("getGroup.tenantPermissions"), "name"))
                .containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
    }

    @Test
    void getGroupOfATeamNobodyHasSeenIsRefused() {
        User member = signIn(unique("member"), unique("team"));
        String stranger = unique("stranger");

        assertThat(member.graphql(GET_GROUP, "group", stranger).error()).contains("ObjectNotFound")
                .contains("Team " + stranger + " not found");
    }

    @Test
    void getGroupWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(GET_GROUP, Map.of("group", "Engineers"))).isEqualTo(401);
    }

    @Test
    void getGroupWithABlankTeamIsRefusedNamingTheField() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(GET_GROUP, "group", "").error()).contains("RequiredParameter")
                .contains("groupUri is required");
    }

    @Test
    void listUsersForGroupAnswersTheUsersSeenInTheTeam() {
        String team = unique("team");
        User alice = signIn(unique("alice"), team);
        User bob = signIn(unique("bob"), team);
        bob.graphql(GROUPS_FOR_USER, "user", bob.username);

        assertThat(texts(alice.graphql(USERS_FOR_GROUP, "group", team).data("listUsersForGroup")))
                .containsExactlyInAnyOrder(alice.username, bob.username);
    }

    @Test
    void listUsersForGroupWithoutATokenIsAnswered401() {
        assertThat(anonymousStatus(USERS_FOR_GROUP, Map.of("group", "Engineers"))).isEqualTo(401);
    }

    @Test
    void listUsersForGroupWithABlankTeamIsRefusedNamingTheField() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(USERS_FOR_GROUP, "group", " ").error()).contains("RequiredParameter")
                .contains("groupUri is required");
    }
}
