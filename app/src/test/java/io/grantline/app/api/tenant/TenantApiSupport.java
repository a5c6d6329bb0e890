package io.grantline.app.api.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.util.List;
import java.util.Map;

/** The team and tenant-permission operations as data.all's clients send them. */
abstract class TenantApiSupport extends ApiTest {

    static final String ADMINS = "DAAdministrators";

    static final String GROUP_PAGE = """
            count page pages hasNext hasPrevious
            nodes { groupUri name label created tenantPermissions { name description type } }""";
    static final String LIST_TENANT_PERMISSIONS = """
            query { listTenantPermissions { permissionUri name description type } }""";
    static final String LIST_TENANT_GROUPS = """
            query($filter: GroupFilter) { listTenantGroups(filter: $filter) { %s } }""".formatted(GROUP_PAGE);
    static final String UPDATE_TENANT_PERMISSIONS = """
            mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""";
    static final String LIST_GROUPS = """
            query($filter: ServiceProviderGroupFilter) { listGroups(filter: $filter) { groupName } }""";
    static final String LIST_ALL_GROUPS = """
            query($filter: GroupFilter) { listAllGroups(filter: $filter) { %s } }""".formatted(GROUP_PAGE);
    static final String GROUPS_FOR_USER = """
            query($user: String!) { getGroupsForUser(userid: $user) }""";
    static final String GET_GROUP = """
            query($group: String!) { getGroup(groupUri: $group) { groupUri name label tenantPermissions { name } } }""";
    static final String USERS_FOR_GROUP = """
            query($group: String!) { listUsersForGroup(groupUri: $group) }""";
    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String INVITE = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";

    static final List<String> EVERY_TENANT_PERMISSION = List.of("MANAGE_ORGANIZATIONS", "MANAGE_ENVIRONMENTS",
            "MANAGE_GROUPS", "MANAGE_DATASETS", "MANAGE_SHARES", "MANAGE_GLOSSARIES", "MANAGE_WORKSHEETS",
            "MANAGE_METADATA_FORMS");

    User admin() {
        return signIn(unique("admin"), ADMINS);
    }

    /** A team the platform has seen: one of its members has called the API. */
    String knownTeam() {
        String team = unique("team");
        signIn(unique("member"), team).graphql(GROUPS_FOR_USER, "user", "nobody");
        return team;
    }

    GraphQl updateTenantPermissions(User user, String team, List<String> permissions) {
        return user.graphql(UPDATE_TENANT_PERMISSIONS, "input", Map.of("groupUri", team, "permissions", permissions));
    }

    /** The team's tenant permissions as the administrator's listing shows them. */
    List<String> tenantPermissionsOf(String team) {
        JsonNode nodes = admin().graphql(LIST_TENANT_GROUPS, "filter", Map.of("term", team))
                .data("listTenantGroups.nodes");
        return texts(nodes.get(0).get("tenantPermissions"), "name");
    }

    int anonymousStatus(String document, Map<String, Object> variables) {
        return post("/graphql", null, Map.of("query", document, "variables", variables)).status();
    }
}
