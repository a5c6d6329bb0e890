package io.grantline.saga.share.manager;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.GlueSharedDatabases;
import io.grantline.cloud.GlueSharedDatabases.ResourceLink;
import io.grantline.cloud.LakeFormation;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.ResourceShareInvitations;
import io.grantline.saga.share.ShareGrant;
import io.grantline.saga.share.ShareItemManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shares a Glue table through Lake Formation, as data.all's LF share manager: the pivot role administers the source
 * database and the target's {@code <database>_shared} database; the principal may describe the shared database,
 * reads (or writes) the source table (or its data cells filters) and reaches it through a resource link in the
 * shared database. Across accounts the source catalog first allows cross-account sharing, stops deferring to IAM
 * for the table (data.all's revoke of ALL from IAM_ALLOWED_PRINCIPALS), grants the target account, and the target
 * accepts the RAM invitation that grant sends.
 */
public class TableShareManager implements ShareItemManager {

    static final String IAM_ALLOWED_PRINCIPALS = "IAM_ALLOWED_PRINCIPALS";

    private final LakeFormation lakeFormation;
    private final GlueSharedDatabases sharedDatabases;
    private final ResourceShareInvitations invitations;
    private final GlueCatalog glueCatalog;
    private final PivotRole pivotRole;

    public TableShareManager(LakeFormation lakeFormation, GlueSharedDatabases sharedDatabases,
                             ResourceShareInvitations invitations, GlueCatalog glueCatalog, PivotRole pivotRole) {
        this.lakeFormation = lakeFormation;
        this.sharedDatabases = sharedDatabases;
        this.invitations = invitations;
        this.glueCatalog = glueCatalog;
        this.pivotRole = pivotRole;
    }

    @Override
    public ShareableType type() {
        return ShareableType.Table;
    }

    @Override
    public void grant(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedTable table = new SharedTable(share, item, filter);
        requireSourceTable(table, item);
        inSource(table, new Grant(pivotRole.arnIn(table.sourceAccount), table.sourceDatabaseResource(),
                LakeFormationPermissions.ALL, List.of()));
        sharedDatabases.ensureDatabase(table.targetAccount, table.targetRegion, table.sharedDatabase,
                "dataall database " + table.sharedDatabase + " ");
        inTarget(table, new Grant(pivotRole.arnIn(table.targetAccount), table.sharedDatabaseResource(),
                LakeFormationPermissions.ALL, List.of()));
        inTarget(table, new Grant(table.principal, table.sharedDatabaseResource(), table.databasePermissions(),
                List.of()));
        if (table.crossAccount) {
            lakeFormation.enableCrossAccountSharing(table.sourceAccount, table.sourceRegion);
            lakeFormation.revoke(table.sourceAccount, table.sourceRegion, new Grant(IAM_ALLOWED_PRINCIPALS,
                    table.sourceTable(), LakeFormationPermissions.ALL, List.of()));
            table.accountGrants().forEach(grant -> inSource(table, grant));
            invitations.acceptPending(table.targetAccount, table.targetRegion, table.sourceAccount);
        }
        table.principalGrants().forEach(grant -> inSource(table, grant));
        sharedDatabases.ensureResourceLink(table.targetAccount, table.targetRegion, table.sharedDatabase,
                table.linkName, table.sourceAccount, table.sourceDatabase, table.tableName);
        inTarget(table, new Grant(table.principal, table.link(), LakeFormationPermissions.DESCRIBE, List.of()));
    }

    /**
     * Takes back the principal's link and grants; across accounts the target account's grants too once no link in
     * the shared database points at the table any more; the principal's database grants once it has no link left
     * there; and the shared database once it holds nothing. The pivot role keeps its grant on the source database.
     */
    @Override
    public void revoke(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedTable table = new SharedTable(share, item, filter);
        if (link(table).isPresent()) {
            revokeInTarget(table, new Grant(table.principal, table.link(), LakeFormationPermissions.DESCRIBE,
                    List.of()));
            if (!linkUsedByOthers(table)) {
                sharedDatabases.deleteTable(table.targetAccount, table.targetRegion, table.sharedDatabase,
                        table.linkName);
            }
        }
        table.principalGrants().forEach(grant -> revokeInSource(table, grant));
        List<String> left = sharedDatabases.tableNames(table.targetAccount, table.targetRegion,
                table.sharedDatabase);
        if (table.crossAccount && !anyLinkTo(table, left)) {
            table.accountGrants().forEach(grant -> revokeInSource(table, grant));
        }
        if (!glueCatalog.databaseExists(table.targetAccount, table.targetRegion, table.sharedDatabase)) {
            return;
        }
        if (left.isEmpty()) {
            sharedDatabases.deleteDatabase(table.targetAccount, table.targetRegion, table.sharedDatabase);
        } else if (!principalHoldsAnyOf(table, left)) {
            revokeInTarget(table, new Grant(table.principal, table.sharedDatabaseResource(),
                    table.databasePermissions(), List.of()));
        }
    }

    /** Another principal of the target account reads the table through the same link (another share). */
    private boolean linkUsedByOthers(SharedTable table) {
        String pivot = pivotRole.arnIn(table.targetAccount);
        return lakeFormation.principals(table.targetAccount, table.targetRegion, table.link()).stream()
                .anyMatch(holder -> !holder.equals(table.principal) && !holder.equals(pivot));
    }

    @Override
    public List<String> verify(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedTable table = new SharedTable(share, item, filter);
        List<String> missing = new ArrayList<>();
        lacking(missing, table.sourceAccount, table.sourceRegion, pivotRole.arnIn(table.sourceAccount),
                table.sourceDatabaseResource(), LakeFormationPermissions.ALL, table.sourceDatabase);
        if (glueCatalog.table(table.sourceAccount, table.sourceRegion, table.sourceDatabase, table.tableName)
                .isEmpty()) {
            missing.add("missing Glue table " + table.sourceTableLabel() + " in account " + table.sourceAccount);
        } else {
            if (table.crossAccount) {
                table.accountGrants().forEach(grant -> lacking(missing, table.sourceAccount, table.sourceRegion,
                        grant, label(table, grant.resource())));
            }
            table.principalGrants().forEach(grant -> lacking(missing, table.sourceAccount, table.sourceRegion,
                    grant, label(table, grant.resource())));
        }
        if (!glueCatalog.databaseExists(table.targetAccount, table.targetRegion, table.sharedDatabase)) {
            missing.add("missing Glue database " + table.sharedDatabase + " in account " + table.targetAccount);
            return missing;
        }
        lacking(missing, table.targetAccount, table.targetRegion, pivotRole.arnIn(table.targetAccount),
                table.sharedDatabaseResource(), LakeFormationPermissions.ALL, table.sharedDatabase);
        lacking(missing, table.targetAccount, table.targetRegion, table.principal, table.sharedDatabaseResource(),
                table.databasePermissions(), table.sharedDatabase);
        String linkLabel = table.sharedDatabase + "." + table.linkName;
        Optional<ResourceLink> link = link(table);
        if (link.isEmpty()) {
            missing.add("missing resource link " + linkLabel + " in account " + table.targetAccount);
            return missing;
        }
        if (!pointsAt(link.get(), table)) {
            missing.add("resource link " + linkLabel + " points at " + link.get().targetCatalogId() + ":"
                    + link.get().targetDatabaseName() + "." + link.get().targetTableName() + " instead of "
                    + table.sourceAccount + ":" + table.sourceTableLabel());
        }
        lacking(missing, table.targetAccount, table.targetRegion, table.principal, table.link(),
                LakeFormationPermissions.DESCRIBE, linkLabel);
        return missing;
    }

    private void requireSourceTable(SharedTable table, SharedItem item) {
        if (glueCatalog.table(table.sourceAccount, table.sourceRegion, table.sourceDatabase, table.tableName)
                .isEmpty()) {
            throw new CloudResourceNotFoundException("Share item " + item.itemUri() + " found on share request but "
                    + "its Glue table " + table.sourceTableLabel() + " does not exist in account "
                    + table.sourceAccount + " (" + table.sourceRegion + ")");
        }
    }

    private Optional<ResourceLink> link(SharedTable table) {
        return sharedDatabases.resourceLink(table.targetAccount, table.targetRegion, table.sharedDatabase,
                table.linkName);
    }

    private boolean anyLinkTo(SharedTable table, List<String> names) {
        return names.stream().anyMatch(name -> sharedDatabases.resourceLink(table.targetAccount, table.targetRegion,
                table.sharedDatabase, name).filter(link -> pointsAt(link, table)).isPresent());
    }

    private boolean principalHoldsAnyOf(SharedTable table, List<String> names) {
        return names.stream().anyMatch(name -> !lakeFormation.permissions(table.targetAccount, table.targetRegion,
                table.principal, Resource.table(table.targetAccount, table.sharedDatabase, name)).isEmpty());
    }

    private static boolean pointsAt(ResourceLink link, SharedTable table) {
        return table.sourceAccount.equals(link.targetCatalogId())
                && table.sourceDatabase.equalsIgnoreCase(link.targetDatabaseName())
                && table.tableName.equalsIgnoreCase(link.targetTableName());
    }

    private void lacking(List<String> missing, String accountId, String region, Grant grant, String label) {
        lacking(missing, accountId, region, grant.principal(), grant.resource(), grant.permissions(), label);
    }

    private void lacking(List<String> missing, String accountId, String region, String principal,
                         Resource resource, List<String> wanted, String label) {
        List<String> lacking = LakeFormationPermissions.lacking(
                lakeFormation.permissions(accountId, region, principal, resource), wanted);
        if (!lacking.isEmpty()) {
            missing.add("missing LF permissions: " + String.join(",", lacking) + " on " + label + " for "
                    + principal);
        }
    }

    private static String label(SharedTable table, Resource resource) {
        return resource.dataCellsFilterName() == null ? table.sourceTableLabel()
                : table.sourceTableLabel() + " data cells filter " + resource.dataCellsFilterName();
    }

    private void inSource(SharedTable table, Grant grant) {
        lakeFormation.grant(table.sourceAccount, table.sourceRegion, grant);
    }

    private void inTarget(SharedTable table, Grant grant) {
        lakeFormation.grant(table.targetAccount, table.targetRegion, grant);
    }

    private void revokeInSource(SharedTable table, Grant grant) {
        lakeFormation.revoke(table.sourceAccount, table.sourceRegion, grant);
    }

    private void revokeInTarget(SharedTable table, Grant grant) {
        lakeFormation.revoke(table.targetAccount, table.targetRegion, grant);
    }
}
