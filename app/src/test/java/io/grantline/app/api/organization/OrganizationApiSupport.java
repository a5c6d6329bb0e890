package io.grantline.app.api.organization;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.util.List;
import java.util.Map;

/** The organization operations as data.all's clients send them, and the calls the tests repeat. */
abstract class OrganizationApiSupport extends ApiTest {

    static final String ADMINS = "DAAdministrators";

    static final String ORGANIZATION_FIELDS = """
            organizationUri label name description tags owner SamlGroupName created updated userRoleInOrganization
            stats { environments groups users }""";
    static final String CREATE = """
            mutation($input: NewOrganizationInput) {
              createOrganization(input: $input) { %s }
            }""".formatted(ORGANIZATION_FIELDS);
    static final String UPDATE = """
            mutation($uri: String!, $input: ModifyOrganizationInput!) {
              updateOrganization(organizationUri: $uri, input: $input) { %s }
            }""".formatted(ORGANIZATION_FIELDS);
    static final String ARCHIVE = """
            mutation($uri: String!) { archiveOrganization(organizationUri: $uri) }""";
    static final String INVITE = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { %s }
            }""".formatted(ORGANIZATION_FIELDS);
    static final String UPDATE_GROUP = """
            mutation($input: InviteGroupToOrganizationInput!) {
              updateOrganizationGroup(input: $input) { %s }
            }""".formatted(ORGANIZATION_FIELDS);
    static final String REMOVE_GROUP = """
            mutation($uri: String!, $group: String!) {
              removeGroupFromOrganization(organizationUri: $uri, groupUri: $group) { %s }
            }""".formatted(ORGANIZATION_FIELDS);
    static final String GET = """
            query($uri: String!) { getOrganization(organizationUri: $uri) { %s } }""".formatted(ORGANIZATION_FIELDS);
    static final String LIST = """
            query($filter: OrganizationFilter) {
              listOrganizations(filter: $filter) {
                count page pages pageSize hasNext hasPrevious nextPage previousPage
                nodes { organizationUri label userRoleInOrganization }
              }
            }""";
    static final String LIST_GROUPS = """
            query($uri: String!, $filter: GroupFilter) {
              listOrganizationGroups(organizationUri: $uri, filter: $filter) {
                count page pages hasNext hasPrevious nodes { groupUri name label invitedBy created }
              }
            }""";
    static final String LIST_GROUP_PERMISSIONS = """
            query($uri: String!, $group: String!) {
              listOrganizationGroupPermissions(organizationUri: $uri, groupUri: $group) {
                permissionUri name description type
              }
            }""";
    static final String LIST_INVITE_PERMISSIONS = """
            query { listInviteOrganizationPermissionsWithDescriptions { name description } }""";

    User admin() {
        return signIn(unique("admin"), ADMINS);
    }

    String createOrganization(User user, String label, String team) {
        return user.graphql(CREATE, "input", map("label", label, "SamlGroupName", team))
                .text("createOrganization.organizationUri");
    }

    GraphQl invite(User user, String organizationUri, String team, String... permissions) {
        return user.graphql(INVITE, "input",
                map("organizationUri", organizationUri, "groupUri", team, "permissions", List.of(permissions)));
    }

    GraphQl get(User user, String organizationUri) {
        return user.graphql(GET, "uri", organizationUri);
    }

    List<String> teamsOf(User user, String organizationUri) {
        return texts(user.graphql(LIST_GROUPS, "uri", organizationUri).data("listOrganizationGroups.nodes"),
                "groupUri");
    }

    List<String> permissionsOf(User user, String organizationUri, String team) {
        return texts(user.graphql(LIST_GROUP_PERMISSIONS, "uri", organizationUri, "group", team)
                .data("listOrganizationGroupPermissions"), "name");
    }

    /** The organizations the user sees, searched by a term unique to the test. */
    List<String> visibleTo(User user, String term) {
        return texts(user.graphql(LIST, "filter", map("term", term, "pageSize", 100))
                .data("listOrganizations.nodes"), "organizationUri");
    }
}
