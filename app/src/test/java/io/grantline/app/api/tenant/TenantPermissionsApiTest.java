package io.grantline.app.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** listTenantPermissions, listTenantGroups and updateGroupTenantPermissions: the administrators' operations. */
class TenantPermissionsApiTest extends TenantApiSupport {

    @Test
    void theAdministratorListsEveryTenantPermissionWithItsDescription() {
        JsonNode permissions = admin().graphql(LIST_TENANT_PERMISSIONS).data("listTenantPermissions");

        assertThat(texts(permissions, "name")).containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
        assertThat(texts(permissions, "type")).containsOnly("TENANT");
        assertThat(texts(permissions, "description")).contains("Manage organizations", "Manage teams");
    }

    @Test
    void aMemberOfAnotherTeamCannotListTenantPermissions() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(LIST_TENANT_PERMISSIONS).error()).contains("UnauthorizedOperation")
                .contains("User: " + member.username + " is not authorized to perform: listTenantPermissions"
                        + " on resource: dataall");
    }

    @Test
    void askingTenantPermissionsForAFieldTheyDoNotHaveIsRefusedNamingTheField() {
        assertThat(admin().graphql("query { listTenantPermissions { name owner } }").error()).contains("owner");
    }

    @Test
    void aTeamSeenForTheFirstTimeHoldsTheDefaultTenantPermissions() {
        String team = knownTeam();

        assertThat(tenantPermissionsOf(team)).containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
    }

    @Test
    void listTenantGroupsFiltersByTermAndPages() {
        String prefix = unique("paged");
        for (int i = 1; i <= 3; i++) {
            signIn(unique("member"), prefix + "-" + i).graphql(GROUPS_FOR_USER, "user", "nobody");
        }

        JsonNode page = admin().graphql(LIST_TENANT_GROUPS, "filter", Map.of("term", prefix, "pageSize", 2, "page", 2))
                .data("listTenantGroups");

        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("pages").asInt()).isEqualTo(2);
        assertThat(texts(page.get("nodes"), "groupUri")).containsExactly(prefix + "-3");
        assertThat(page.get("hasPrevious").asBoolean()).isTrue();
    }

    @Test
    void aMemberOfAnotherTeamCannotListTenantGroups() {
        User member = signIn(unique("member"), unique("team"));

        assertThat(member.graphql(LIST_TENANT_GROUPS).error()).contains("UnauthorizedOperation")
                .contains("User: " + member.username + " is not authorized to perform: listTenantGroups"
                        + " on resource: dataall");
    }

    @Test
    void listTenantGroupsWithANonNumericPageSizeIsRefusedNamingTheField() {
        assertThat(admin().graphql("query { listTenantGroups(filter: {pageSize: \"ten\"}) { count } }").error())
                .contains("pageSize");
    }

    @Test
    void theAdministratorReplacesATeamsTenantPermissions() {
        String team = knownTeam();

        GraphQl updated = updateTenantPermissions(admin(), team, List.of("MANAGE_GROUPS", "MANAGE_DATASETS"));

        assertThat(updated.data("updateGroupTenantPermissions").asBoolean()).isTrue();
        assertThat(tenantPermissionsOf(team)).containsExactly("MANAGE_GROUPS", "MANAGE_DATASETS");
    }

    @Test
    void aTeamNamedBeforeItWasSeenIsRegisteredWithThePermissionsTheAdministratorGave() {
        String team = unique("future");

        updateTenantPermissions(admin(), team, List.of("MANAGE_DATASETS"));
        signIn(unique("member"), team).graphql(GROUPS_FOR_USER, "user", "nobody");

        assertThat(tenantPermissionsOf(team)).containsExactly("MANAGE_DATASETS");
    }

    @Test
    void aMemberOfAnotherTeamCannotUpdateTenantPermissions() {
        String team = knownTeam();
        User member = signIn(unique("member"), unique("team"));

        assertThat(updateTenantPermissions(member, team, List.of()).error()).contains("UnauthorizedOperation")
                .contains("User: " + member.username + " is not authorized to perform: updateGroupTenantPermissions"
                        + " on resource: dataall");
        assertThat(tenantPermissionsOf(team)).containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
    }

    @Test
    void updatingTenantPermissionsWithAnUnknownNameIsRefusedNamingTheField() {
        String team = knownTeam();

        assertThat(updateTenantPermissions(admin(), team, List.of("MANAGE_GROUPS", "MANAGE_EVERYTHING")).error())
                .contains("InvalidInput").contains("permissions contains unknown tenant permission MANAGE_EVERYTHING");
        assertThat(tenantPermissionsOf(team)).containsExactlyElementsOf(EVERY_TENANT_PERMISSION);
    }

    @Test
    void updatingTheAdministratorsTeamIsRefusedNamingTheField() {
        assertThat(updateTenantPermissions(admin(), ADMINS, List.of()).error()).contains("InvalidInput")
                .contains("groupUri names the administrators team " + ADMINS);
        assertThat(admin().graphql(LIST_TENANT_PERMISSIONS).data("listTenantPermissions")).hasSize(8);
    }

    @Test
    void updatingTenantPermissionsWithoutATeamIsRefusedNamingTheField() {
        assertThat(updateTenantPermissions(admin(), " ", List.of("MANAGE_GROUPS")).error())
                .contains("RequiredParameter").contains("groupUri is required");
    }
}
