package io.grantline.api.tenant;

import io.grantline.api.Actor;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the TenantGroup aggregate: a team as the platform knows it, and its tenant permissions. */
public final class TenantCommands {

    private TenantCommands() {
    }

    /** Records that a user signed in as a member of a group; the first sighting of a group registers it. */
    public record RecordGroupMember(@TargetAggregateIdentifier String groupUri, String username,
                                    List<String> defaultPermissions) {
    }

    public record UpdateGroupTenantPermissions(@TargetAggregateIdentifier String groupUri, List<String> permissions,
                                               Actor actor) {
    }
}
