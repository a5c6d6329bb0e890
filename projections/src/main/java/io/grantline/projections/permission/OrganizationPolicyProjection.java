package io.grantline.projections.permission;

import io.grantline.api.organization.OrganizationEvents.GroupInvitedToOrganization;
import io.grantline.api.organization.OrganizationEvents.GroupRemovedFromOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationArchived;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationGroupPermissionsUpdated;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Resource policies on organizations: the owner team holds ORGANIZATION_ALL, invited teams what they were given. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class OrganizationPolicyProjection {

    static final String TYPE = "Organization";

    private final ResourcePolicies policies;

    public OrganizationPolicyProjection(ResourcePolicies policies) {
        this.policies = policies;
    }

    @EventHandler
    void on(OrganizationCreated event) {
        policies.grant(event.organizationUri(), TYPE, event.samlGroupName(), ResourcePermissions.ORGANIZATION_ALL);
    }

    @EventHandler
    void on(GroupInvitedToOrganization event) {
        policies.replace(event.organizationUri(), TYPE, event.groupUri(), event.permissions());
    }

    @EventHandler
    void on(OrganizationGroupPermissionsUpdated event) {
        policies.replace(event.organizationUri(), TYPE, event.groupUri(), event.permissions());
    }

    @EventHandler
    void on(GroupRemovedFromOrganization event) {
        policies.revokeAll(event.organizationUri(), event.groupUri());
    }

    @EventHandler
    void on(OrganizationArchived event) {
        policies.revokeEveryone(event.organizationUri());
    }

    @ResetHandler
    void reset() {
        policies.reset();
    }
}
