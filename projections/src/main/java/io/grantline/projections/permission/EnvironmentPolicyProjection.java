package io.grantline.projections.permission;

import static io.grantline.projections.jooq.Tables.RESOURCE_POLICY;

import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentGroupPermissionsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.EnvironmentEvents.NetworkCreated;
import io.grantline.api.environment.EnvironmentEvents.NetworkDeleted;
import io.grantline.api.environment.EnvironmentQueries.FindResourcesGranted;
import io.grantline.api.environment.EnvironmentQueries.GrantedResources;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Resource policies on environments and what lives in them: the admin team holds ENVIRONMENT_ALL, invited teams
 * what they were given, a consumption principal's team CONSUMPTION_PRINCIPAL_ALL on it, a network's team
 * NETWORK_ALL on it. Deleting the environment revokes them all.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class EnvironmentPolicyProjection {

    static final String ENVIRONMENT = "Environment";
    static final String CONSUMPTION_PRINCIPAL = "ConsumptionPrincipal";
    static final String NETWORK = "Vpc";

    private final ResourcePolicies policies;
    private final DSLContext db;

    public EnvironmentPolicyProjection(ResourcePolicies policies, DSLContext db) {
        this.policies = policies;
        this.db = db;
    }

    @EventHandler
    void on(EnvironmentCreated event) {
        policies.grant(event.environmentUri(), ENVIRONMENT, event.samlGroupName(), ResourcePermissions.ENVIRONMENT_ALL);
    }

    /** The admin team may have changed hands; the previous one is re-invited by its own event. */
    @EventHandler
    void on(EnvironmentUpdated event) {
        policies.replace(event.environmentUri(), ENVIRONMENT, event.samlGroupName(),
                ResourcePermissions.ENVIRONMENT_ALL);
    }

    @EventHandler
    void on(GroupInvitedToEnvironment event) {
        policies.replace(event.environmentUri(), ENVIRONMENT, event.groupUri(), event.permissions());
    }

    @EventHandler
    void on(EnvironmentGroupPermissionsUpdated event) {
        policies.replace(event.environmentUri(), ENVIRONMENT, event.groupUri(), event.permissions());
    }

    @EventHandler
    void on(GroupRemovedFromEnvironment event) {
        policies.revokeAll(event.environmentUri(), event.groupUri());
    }

    @EventHandler
    void on(EnvironmentDeleted event) {
        policies.revokeEveryone(event.environmentUri());
    }

    @EventHandler
    void on(ConsumptionPrincipalAdded event) {
        policies.grant(event.consumptionPrincipalUri(), CONSUMPTION_PRINCIPAL, event.groupUri(),
                ResourcePermissions.CONSUMPTION_PRINCIPAL_ALL);
    }

    @EventHandler
    void on(ConsumptionPrincipalUpdated event) {
        policies.revokeEveryone(event.consumptionPrincipalUri());
        policies.grant(event.consumptionPrincipalUri(), CONSUMPTION_PRINCIPAL, event.groupUri(),
                ResourcePermissions.CONSUMPTION_PRINCIPAL_ALL);
    }

    @EventHandler
    void on(ConsumptionPrincipalRemoved event) {
        policies.revokeEveryone(event.consumptionPrincipalUri());
    }

    @EventHandler
    void on(NetworkCreated event) {
        policies.grant(event.vpcUri(), NETWORK, event.samlGroupName(), ResourcePermissions.NETWORK_ALL);
    }

    @EventHandler
    void on(NetworkDeleted event) {
        policies.revokeEveryone(event.vpcUri());
    }

    @ResetHandler
    void reset() {
        policies.reset();
    }

    @QueryHandler
    GrantedResources handle(FindResourcesGranted query) {
        return new GrantedResources(db.selectDistinct(RESOURCE_POLICY.RESOURCE_URI).from(RESOURCE_POLICY)
                .where(RESOURCE_POLICY.RESOURCE_URI.in(query.resourceUris())
                        .and(RESOURCE_POLICY.GROUP_URI.in(query.groups()))
                        .and(RESOURCE_POLICY.PERMISSION.eq(query.permission())))
                .fetch(RESOURCE_POLICY.RESOURCE_URI));
    }
}
