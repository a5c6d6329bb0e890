package io.grantline.app.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * data.all's integration scenario 2 (tenant permissions): the administrator takes MANAGE_ORGANIZATIONS away
 * from a team, whose next createOrganization is refused, then gives it back.
 */
class TenantPermissionsScenarioTest extends TenantApiSupport {

    @Test
    void aTeamWithoutManageOrganizationsCannotCreateOrganizationsUntilItIsRestored() {
        String team = unique("team");
        User member = signIn(unique("member"), team);
        User admin = admin();
        Map<String, Object> organization = Map.of("label", "Scenario two", "SamlGroupName", team);
        member.graphql(GROUPS_FOR_USER, "user", member.username);

        assertThat(texts(admin.graphql(LIST_TENANT_GROUPS, "filter", Map.of("term", team))
                .data("listTenantGroups.nodes"), "groupUri")).containsExactly(team);

        updateTenantPermissions(admin, team, List.of("MANAGE_GROUPS"));
        assertThat(member.graphql(CREATE_ORGANIZATION, "input", organization).error())
                .contains("UnauthorizedOperation").contains(member.username).contains("MANAGE_ORGANIZATIONS")
                .contains("dataall");

        updateTenantPermissions(admin, team, EVERY_TENANT_PERMISSION);
        assertThat(member.graphql(CREATE_ORGANIZATION, "input", organization)
                .text("createOrganization.organizationUri")).isNotBlank();
    }
}
