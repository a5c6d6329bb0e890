package io.grantline.graphql.security;

import io.grantline.api.Actor;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.tenant.TenantQueries.FindResourcePermissions;
import io.grantline.api.tenant.TenantQueries.FindTenantPermissions;
import io.grantline.api.tenant.TenantQueries.GrantedPermissions;
import io.grantline.graphql.support.Queries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * data.all's checks, made at the API edge before an operation runs: tenant permissions per team
 * (the admin team holds them all) and resource policies. Fails closed.
 */
@Component
public class Authorizer {

    /** The name data.all gives the tenant in refusals of tenant permissions. */
    public static final String TENANT = "dataall";

    private final Queries queries;
    private final String adminGroup;

    public Authorizer(Queries queries, @Value("${grantline.auth.admin-group}") String adminGroup) {
        this.queries = queries;
        this.adminGroup = adminGroup;
    }

    public boolean isTenantAdmin(Actor actor) {
        return actor.isMemberOf(adminGroup);
    }

    public String adminGroup() {
        return adminGroup;
    }

    public void requireTenantAdmin(Actor actor, String operation) {
        if (!isTenantAdmin(actor)) {
            throw new UnauthorizedOperation(actor.username(), operation, TENANT);
        }
    }

    public void requireTenant(Actor actor, TenantPermission permission) {
        if (isTenantAdmin(actor)) {
            return;
        }
        GrantedPermissions granted = queries.ask(new FindTenantPermissions(actor.groups()), GrantedPermissions.class);
        if (!granted.contains(permission.name())) {
            throw new UnauthorizedOperation(actor.username(), permission.name(), TENANT);
        }
    }

    public void requireResource(Actor actor, String resourceUri, String permission) {
        if (!holds(actor, resourceUri, permission)) {
            throw new UnauthorizedOperation(actor.username(), permission, resourceUri);
        }
    }

    public boolean holds(Actor actor, String resourceUri, String permission) {
        return resourceUri != null && !actor.groups().isEmpty() && queries.ask(
                new FindResourcePermissions(resourceUri, actor.groups()), GrantedPermissions.class)
                .contains(permission);
    }

    /** data.all's check for operations that act as a team: the caller must belong to it. */
    public void requireMember(Actor actor, String group, String permission, String resourceUri) {
        if (group == null || !actor.isMemberOf(group)) {
            throw new UnauthorizedOperation(actor.username(), permission, resourceUri);
        }
    }
}
