package io.grantline.graphql.support;

import io.grantline.api.permission.ResourcePermissions;
import java.util.List;

/** Result objects of types that several contexts share, field for field as data.all's schema names them. */
public final class Nodes {

    private Nodes() {
    }

    public record PermissionNode(String permissionUri, String name, String description, String type) {

        public static PermissionNode resource(String name) {
            return new PermissionNode(name, name, ResourcePermissions.describe(name), "RESOURCE");
        }

        public static PermissionNode tenant(String name, String description) {
            return new PermissionNode(name, name, description, "TENANT");
        }

        public static List<PermissionNode> resources(List<String> names) {
            return names.stream().map(PermissionNode::resource).toList();
        }
    }

    public record DescribedPermissionNode(String name, String description) {
    }

    /** data.all's Group: a team, seen from the resource that lists it. */
    public record GroupNode(String groupUri, String name, String label, String description, String owner,
                            String invitedBy, String created, String updated, List<String> tags,
                            String environmentIAMRoleArn, String environmentIAMRoleName,
                            String environmentAthenaWorkGroup) {

        public static GroupNode of(String groupUri, String invitedBy, String created) {
            return new GroupNode(groupUri, groupUri, groupUri, null, invitedBy, invitedBy, created, created,
                    List.of(), null, null, null);
        }
    }
}
