package io.grantline.projections.permission;

import static io.grantline.projections.jooq.Tables.RESOURCE_POLICY;

import java.util.Collection;
import org.jooq.DSLContext;

/** Writes resource policies (team × resource × permission); projections call it from their event handlers. */
public class ResourcePolicies {

    private final DSLContext db;

    public ResourcePolicies(DSLContext db) {
        this.db = db;
    }

    public void grant(String resourceUri, String resourceType, String group, Collection<String> permissions) {
        for (String permission : permissions) {
            db.insertInto(RESOURCE_POLICY)
                    .set(RESOURCE_POLICY.RESOURCE_URI, resourceUri)
                    .set(RESOURCE_POLICY.RESOURCE_TYPE, resourceType)
                    .set(RESOURCE_POLICY.GROUP_URI, group)
                    .set(RESOURCE_POLICY.PERMISSION, permission)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    /** Replaces whatever the team held on the resource with exactly these permissions. */
    public void replace(String resourceUri, String resourceType, String group, Collection<String> permissions) {
        revokeAll(resourceUri, group);
        grant(resourceUri, resourceType, group, permissions);
    }

    /** Takes back these permissions only; whatever else the team holds on the resource stays. */
    public void revoke(String resourceUri, String group, Collection<String> permissions) {
        db.deleteFrom(RESOURCE_POLICY)
                .where(RESOURCE_POLICY.RESOURCE_URI.eq(resourceUri).and(RESOURCE_POLICY.GROUP_URI.eq(group))
                        .and(RESOURCE_POLICY.PERMISSION.in(permissions)))
                .execute();
    }

    public void revokeAll(String resourceUri, String group) {
        db.deleteFrom(RESOURCE_POLICY)
                .where(RESOURCE_POLICY.RESOURCE_URI.eq(resourceUri).and(RESOURCE_POLICY.GROUP_URI.eq(group)))
                .execute();
    }

    public void revokeEveryone(String resourceUri) {
        db.deleteFrom(RESOURCE_POLICY).where(RESOURCE_POLICY.RESOURCE_URI.eq(resourceUri)).execute();
    }

    public void reset() {
        db.deleteFrom(RESOURCE_POLICY).execute();
    }
}
