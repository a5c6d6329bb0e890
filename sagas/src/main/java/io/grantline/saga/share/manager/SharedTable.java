package io.grantline.saga.share.manager;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareNames;
import io.grantline.api.share.SharedItem;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import io.grantline.saga.share.ShareGrant;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a share, with the names and Lake Formation grants data.all gives it: the source database and table
 * in the dataset's account, the shared database and resource link in the target account, and the grants of the
 * principal (on the table, or on each data cells filter of a filtered share) and, across accounts, of the target
 * account.
 */
final class SharedTable {

    final String sourceAccount;
    final String sourceRegion;
    final String sourceDatabase;
    final String tableName;
    final String targetAccount;
    final String targetRegion;
    final String sharedDatabase;
    final String linkName;
    final String principal;
    final boolean crossAccount;
    private final ShareGrant share;
    private final AttachedDataFilter filter;

    SharedTable(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        this.share = share;
        this.filter = filter == null || filter.filterNames().isEmpty() ? null : filter;
        this.sourceAccount = share.dataset().awsAccountId();
        this.sourceRegion = share.dataset().region();
        this.sourceDatabase = share.dataset().glueDatabaseName();
        this.tableName = item.itemName();
        this.targetAccount = share.target().awsAccountId();
        this.targetRegion = share.target().region();
        this.sharedDatabase = ShareNames.sharedDatabaseName(sourceDatabase);
        this.linkName = ShareNames.resourceLinkName(tableName, this.filter == null ? null : this.filter.label());
        this.principal = share.target().principalRoleArn();
        this.crossAccount = share.crossAccount();
    }

    Resource sourceDatabaseResource() {
        return Resource.database(sourceAccount, sourceDatabase);
    }

    Resource sourceTable() {
        return Resource.table(sourceAccount, sourceDatabase, tableName);
    }

    Resource sharedDatabaseResource() {
        return Resource.database(targetAccount, sharedDatabase);
    }

    Resource link() {
        return Resource.table(targetAccount, sharedDatabase, linkName);
    }

    List<String> databasePermissions() {
        return LakeFormationPermissions.onDatabase(share.permissions());
    }

    /** The principal's grants in the source catalog: on the table, or SELECT on each data cells filter. */
    List<Grant> principalGrants() {
        return grantsTo(principal, false);
    }

    /** The target account's grants in the source catalog (grantable, so its admins can pass them on). */
    List<Grant> accountGrants() {
        List<Grant> grants = new ArrayList<>();
        if (filter != null) {
            // the account must see the table itself to link to it; the data stays behind the filters
            grants.add(new Grant(targetAccount, sourceTable(), LakeFormationPermissions.DESCRIBE,
                    LakeFormationPermissions.DESCRIBE));
        }
        grants.addAll(grantsTo(targetAccount, true));
        return grants;
    }

    String sourceTableLabel() {
        return sourceDatabase + "." + tableName;
    }

    private List<Grant> grantsTo(String grantee, boolean grantable) {
        if (filter == null) {
            List<String> permissions = LakeFormationPermissions.onTable(share.permissions());
            return List.of(new Grant(grantee, sourceTable(), permissions, grantable ? permissions : List.of()));
        }
        List<String> permissions = LakeFormationPermissions.ON_DATA_CELLS_FILTER;
        return filter.filterNames().stream()
                .map(name -> new Grant(grantee, Resource.dataCellsFilter(sourceAccount, sourceDatabase, tableName,
                        name), permissions, grantable ? permissions : List.of()))
                .toList();
    }
}
