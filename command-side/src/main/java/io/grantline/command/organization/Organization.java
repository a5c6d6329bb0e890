package io.grantline.command.organization;

import static io.grantline.command.validation.Require.allKnown;
import static io.grantline.command.validation.Require.maxLength;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.organization.OrganizationCommands.CreateOrganization;
import io.grantline.api.organization.OrganizationCommands.InviteGroupToOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganizationGroup;
import io.grantline.api.organization.OrganizationEvents.GroupInvitedToOrganization;
import io.grantline.api.organization.OrganizationEvents.GroupRemovedFromOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationArchived;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationGroupPermissionsUpdated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import io.grantline.api.permission.ResourcePermissions;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An organization: the top of data.all's hierarchy, owned by one team, with invited teams. */
@Aggregate
public class Organization {

    static final int MAX_LABEL = 64;

    /** What an invitation may name: data.all's clients send the default GET_ORGANIZATION back with the rest. */
    private static final Set<String> GRANTABLE = grantable();

    @AggregateIdentifier
    private String organizationUri;
    private String ownerGroup;
    private final Set<String> invitedGroups = new HashSet<>();
    private boolean archived;

    protected Organization() {
    }

    @CommandHandler
    public Organization(CreateOrganization command) {
        String label = maxLength("createOrganization", "label",
                present("createOrganization", "label", command.label()), MAX_LABEL);
        String owner = present("createOrganization", "SamlGroupName", command.samlGroupName());
        apply(new OrganizationCreated(command.organizationUri(), label, Slugs.of(label), command.description(),
                tagsOf(command.tags()), owner, command.actor().username(), Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateOrganization command) {
        requireLive();
        String label = command.label() == null ? null
                : maxLength("updateOrganization", "label", present("updateOrganization", "label", command.label()),
                        MAX_LABEL);
        apply(new OrganizationUpdated(organizationUri, label, command.description(),
                command.tags() == null ? null : tagsOf(command.tags()), Instant.now()));
    }

    /** Called by {@link OrganizationCommandHandler} once it has checked no environment is linked. */
    void archive() {
        requireLive();
        apply(new OrganizationArchived(organizationUri, Instant.now()));
    }

    @CommandHandler
    public void handle(InviteGroupToOrganization command) {
        requireLive();
        String group = present("inviteGroupToOrganization", "groupUri", command.groupUri());
        allKnown("inviteGroupToOrganization", "permissions", command.permissions(), GRANTABLE);
        if (group.equals(ownerGroup) || invitedGroups.contains(group)) {
            throw new ResourceAlreadyExists("inviteGroupToOrganization",
                    "Team: " + group + " is already a member of the organization " + organizationUri);
        }
        apply(new GroupInvitedToOrganization(organizationUri, group, grantedOnInvitation(command.permissions()),
                command.actor().username(), Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateOrganizationGroup command) {
        requireLive();
        String group = present("updateOrganizationGroup", "groupUri", command.groupUri());
        allKnown("updateOrganizationGroup", "permissions", command.permissions(), GRANTABLE);
        if (group.equals(ownerGroup)) {
            throw new ResourceInUse("updateOrganizationGroup",
                    "Team: " + group + " owns the organization " + organizationUri + "; its permissions are fixed");
        }
        requireInvited("updateOrganizationGroup", group);
        apply(new OrganizationGroupPermissionsUpdated(organizationUri, group,
                grantedOnInvitation(command.permissions())));
    }

    /** Called by {@link OrganizationCommandHandler} once it has checked the team owns no environment. */
    void removeGroup(String group) {
        requireLive();
        if (group.equals(ownerGroup)) {
            throw new ResourceInUse("removeGroupFromOrganization",
                    "Team: " + group + " owns the organization " + organizationUri + " and cannot be removed");
        }
        requireInvited("removeGroupFromOrganization", group);
        apply(new GroupRemovedFromOrganization(organizationUri, group));
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        organizationUri = event.organizationUri();
        ownerGroup = event.samlGroupName();
    }

    @EventSourcingHandler
    void on(OrganizationArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(GroupInvitedToOrganization event) {
        invitedGroups.add(event.groupUri());
    }

    @EventSourcingHandler
    void on(GroupRemovedFromOrganization event) {
        invitedGroups.remove(event.groupUri());
    }

    private void requireLive() {
        if (archived) {
            throw new ObjectNotFound("Organization", organizationUri);
        }
    }

    private void requireInvited(String action, String group) {
        if (!invitedGroups.contains(group)) {
            throw new ObjectNotFound("Team " + group + " in organization", organizationUri);
        }
    }

    private static List<String> grantedOnInvitation(List<String> chosen) {
        Set<String> granted = new java.util.LinkedHashSet<>(ResourcePermissions.ORGANIZATION_INVITED_DEFAULT);
        if (chosen != null) {
            granted.addAll(chosen);
        }
        return List.copyOf(granted);
    }

    private static Set<String> grantable() {
        Set<String> grantable = new java.util.LinkedHashSet<>(ResourcePermissions.ORGANIZATION_INVITED_DEFAULT);
        grantable.addAll(ResourcePermissions.ORGANIZATION_INVITATION_DESCRIPTIONS.keySet());
        return java.util.Collections.unmodifiableSet(grantable);
    }

    private static List<String> tagsOf(List<String> tags) {
        return tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).toList();
    }
}
