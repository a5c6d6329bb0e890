package io.grantline.saga.share.manager;

import io.grantline.api.share.ShareDataPermission;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** data.all's Lake Formation permissions for a share's data permissions, on a table and on its database. */
final class LakeFormationPermissions {

    static final List<String> ALL = List.of("ALL");
    static final List<String> DESCRIBE = List.of("DESCRIBE");
    /** A data cells filter is read through, never written: data.all grants SELECT on it whatever was asked. */
    static final List<String> ON_DATA_CELLS_FILTER = List.of("SELECT");

    private static final Map<ShareDataPermission, List<String>> ON_TABLE = Map.of(
            ShareDataPermission.Read, List.of("DESCRIBE", "SELECT"),
            ShareDataPermission.Write, List.of("INSERT"),
            ShareDataPermission.Modify, List.of("ALTER", "DROP", "DELETE"));
    private static final Map<ShareDataPermission, List<String>> ON_DATABASE = Map.of(
            ShareDataPermission.Read, List.of("DESCRIBE"),
            ShareDataPermission.Write, List.of("CREATE_TABLE"),
            ShareDataPermission.Modify, List.of("ALTER", "DROP"));

    private LakeFormationPermissions() {
    }

    /** DESCRIBE and SELECT always (Write and Modify build on Read), plus what Write and Modify add. */
    static List<String> onTable(List<ShareDataPermission> permissions) {
        return union(ON_TABLE, permissions);
    }

    static List<String> onDatabase(List<ShareDataPermission> permissions) {
        return union(ON_DATABASE, permissions);
    }

    private static List<String> union(Map<ShareDataPermission, List<String>> byPermission,
                                      List<ShareDataPermission> permissions) {
        Set<String> union = new LinkedHashSet<>(byPermission.get(ShareDataPermission.Read));
        permissions.forEach(permission -> union.addAll(byPermission.get(permission)));
        return List.copyOf(union);
    }

    /** What of the wanted permissions the held ones lack; ALL holds everything. */
    static List<String> lacking(Set<String> held, List<String> wanted) {
        if (held.contains("ALL")) {
            return List.of();
        }
        return wanted.stream().filter(permission -> !held.contains(permission)).toList();
    }
}
