package io.grantline.command.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.tenant.TenantCommands.RecordGroupMember;
import io.grantline.api.tenant.TenantCommands.UpdateGroupTenantPermissions;
import io.grantline.api.tenant.TenantEvents.GroupMemberSeen;
import io.grantline.api.tenant.TenantEvents.GroupRegistered;
import io.grantline.api.tenant.TenantEvents.GroupTenantPermissionsUpdated;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A team as the platform knows it: first seen in a token or an invitation, with its tenant permissions. */
@Aggregate
public class TenantGroup {

    @AggregateIdentifier
    private String groupUri;
    private final Set<String> members = new HashSet<>();
    private List<String> permissions = List.of();

    protected TenantGroup() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordGroupMember command) {
        if (groupUri == null) {
            apply(new GroupRegistered(command.groupUri(), List.copyOf(command.defaultPermissions()), Instant.now()));
        }
        if (command.username() != null && !members.contains(command.username())) {
            apply(new GroupMemberSeen(command.groupUri(), command.username()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UpdateGroupTenantPermissions command) {
        if (command.groupUri() == null || command.groupUri().isBlank()) {
            throw new RequiredParameter("updateGroupTenantPermissions", "groupUri");
        }
        List<String> requested = command.permissions() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.permissions()));
        for (String permission : requested) {
            if (!TenantPermission.isKnown(permission)) {
                throw new InvalidInput("updateGroupTenantPermissions", "permissions",
                        "contains unknown tenant permission " + permission);
            }
        }
        if (groupUri == null) {
            apply(new GroupRegistered(command.groupUri(), requested, Instant.now()));
        } else if (!requested.equals(permissions)) {
            apply(new GroupTenantPermissionsUpdated(groupUri, requested));
        }
    }

    @EventSourcingHandler
    void on(GroupRegistered event) {
        groupUri = event.groupUri();
        permissions = event.permissions();
    }

    @EventSourcingHandler
    void on(GroupMemberSeen event) {
        members.add(event.username());
    }

    @EventSourcingHandler
    void on(GroupTenantPermissionsUpdated event) {
        permissions = event.permissions();
    }
}
