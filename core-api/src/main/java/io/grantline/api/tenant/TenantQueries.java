package io.grantline.api.tenant;

import io.grantline.api.Page;
import java.util.List;
import java.util.Set;

/** Queries on teams, tenant permissions and resource policies. */
public final class TenantQueries {

    private TenantQueries() {
    }

    /** The tenant permissions held by any of the groups. */
    public record FindTenantPermissions(List<String> groups) {
    }

    /** The permissions any of the groups holds on a resource. */
    public record FindResourcePermissions(String resourceUri, List<String> groups) {
    }

    public record GrantedPermissions(Set<String> permissions) {

        public boolean contains(String permission) {
            return permissions.contains(permission);
        }
    }

    /** The teams among the groups; every team when groups is null. */
    public record ListTenantGroups(List<String> groups, String term, int page, int pageSize) {
    }

    /**
     * The teams a user may list (data.all's listAllGroups): the user's own teams (groups) and the teams of every
     * live environment one of them belongs to, as admin team or invited.
     */
    public record ListGroupsVisibleToUser(List<String> groups, String term, int page, int pageSize) {
    }

    public record FindGroupsOfUser(String username) {
    }

    public record FindUsersOfGroup(String groupUri) {
    }

    public record FindGroup(String groupUri) {
    }

    public record TenantGroupView(String groupUri, List<String> permissions, String created) {
    }

    public record TenantGroupPage(Page<TenantGroupView> page) {
    }

    public record Names(List<String> names) {
    }
}
