package io.grantline.api.tenant;

import java.time.Instant;
import java.util.List;

/** Facts about teams and their tenant permissions. */
public final class TenantEvents {

    private TenantEvents() {
    }

    public record GroupRegistered(String groupUri, List<String> permissions, Instant registered) {
    }

    public record GroupMemberSeen(String groupUri, String username) {
    }

    public record GroupTenantPermissionsUpdated(String groupUri, List<String> permissions) {
    }
}
