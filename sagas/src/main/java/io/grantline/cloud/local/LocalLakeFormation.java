package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.LakeFormation;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lake Formation in the local cloud: permissions on the databases, tables, resource links and data cells filters
 * of the local Glue catalog, one row per principal, resource and permission. A grant to a principal of another
 * account (its account id or one of its IAM ARNs) needs the catalog's cross-account sharing enabled first (the
 * local cloud refuses it otherwise, so a share that forgets data.all's settings upgrade fails here rather than
 * only on AWS) and sends that account a RAM invitation. Revoking what is not held, even on a resource that is gone,
 * succeeds.
 */
public class LocalLakeFormation implements LakeFormation {

    static final int CROSS_ACCOUNT_VERSION = 3;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalResourceShareInvitations invitations;
    private final Clock clock;

    public LocalLakeFormation(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                              LocalResourceShareInvitations invitations, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public void grant(String accountId, String region, Grant grant) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GRANT_PERMISSIONS, accountId);
        requireComplete(grant);
        Key key = Key.of(accountId, grant.resource());
        requireResource(key, region);
        String receiver = accountOfPrincipal(grant.principal());
        boolean crossAccount = receiver != null && !receiver.equals(key.catalogId());
        if (crossAccount && !crossAccountSharingEnabled(key.catalogId(), region)) {
            throw new CloudRequestFailedException("InvalidInputException: Cross account grants need the data lake "
                    + "settings of catalog " + key.catalogId() + " at CROSS_ACCOUNT_VERSION "
                    + CROSS_ACCOUNT_VERSION);
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (String permission : grant.permissions()) {
            jdbc.update("""
                    insert into local_lf_permission (catalog_id, region, database_name, table_name, filter_name,
                        principal, permission, grantable, granted)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (catalog_id, region, database_name, table_name, filter_name, principal, permission)
                    do update set grantable = local_lf_permission.grantable or excluded.grantable""",
                    key.catalogId(), region, key.database(), key.table(), key.filter(), grant.principal(),
                    permission, grant.grantable().contains(permission), now);
        }
        if (crossAccount) {
            invitations.send(key.catalogId(), receiver, region);
        }
    }

    @Override
    public void revoke(String accountId, String region, Grant grant) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.REVOKE_PERMISSIONS, accountId);
        requireComplete(grant);
        Key key = Key.of(accountId, grant.resource());
        jdbc.update("""
                delete from local_lf_permission
                where catalog_id = ? and region = ? and database_name = ? and table_name = ? and filter_name = ?
                  and principal = ? and permission = any (?)""",
                key.catalogId(), region, key.database(), key.table(), key.filter(), grant.principal(),
                grant.permissions().toArray(String[]::new));
    }

    @Override
    public Set<String> permissions(String accountId, String region, String principal, Resource resource) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.LIST_PERMISSIONS, accountId);
        Key key = Key.of(accountId, resource);
        return new LinkedHashSet<>(jdbc.queryForList("""
                select permission from local_lf_permission
                where catalog_id = ? and region = ? and database_name = ? and table_name = ? and filter_name = ?
                  and principal = ? order by permission""",
                String.class, key.catalogId(), region, key.database(), key.table(), key.filter(), principal));
    }

    @Override
    public Set<String> principals(String accountId, String region, Resource resource) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.LIST_PERMISSIONS, accountId);
        Key key = Key.of(accountId, resource);
        return new LinkedHashSet<>(jdbc.queryForList("""
                select distinct principal from local_lf_permission
                where catalog_id = ? and region = ? and database_name = ? and table_name = ? and filter_name = ?
                order by principal""",
                String.class, key.catalogId(), region, key.database(), key.table(), key.filter()));
    }

    @Override
    public void enableCrossAccountSharing(String accountId, String region) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PUT_DATA_LAKE_SETTINGS, accountId);
        jdbc.update("""
                insert into local_lf_setting (account_id, region, cross_account_version) values (?, ?, ?)
                on conflict (account_id, region) do update
                set cross_account_version = greatest(local_lf_setting.cross_account_version,
                                                     excluded.cross_account_version)""",
                accountId, region, CROSS_ACCOUNT_VERSION);
    }

    /** Makes a data cells filter on a table, as the table's owner would in the console. */
    public void createDataCellsFilter(String catalogId, String region, String databaseName, String tableName,
                                      String filterName) {
        Key table = Key.of(catalogId, Resource.table(catalogId, databaseName, tableName));
        requireResource(table, region);
        jdbc.update("""
                insert into local_lf_data_cells_filter (catalog_id, region, database_name, table_name, filter_name,
                    created)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                catalogId, region, table.database(), table.table(), filterName, Timestamp.from(clock.instant()));
    }

    /**
     * Takes every permission the principal holds on the table (and its data cells filters) away, as someone
     * working behind Grantline's back would; answers how many permissions went. Raises no injected fault.
     */
    public int removeAll(String catalogId, String region, String databaseName, String tableName, String principal) {
        return jdbc.update("""
                delete from local_lf_permission
                where catalog_id = ? and region = ? and database_name = ? and table_name = ? and principal = ?""",
                catalogId, region, LocalGlueCatalog.lower(databaseName), LocalGlueCatalog.lower(tableName),
                principal);
    }

    public boolean crossAccountSharingEnabled(String accountId, String region) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_lf_setting
                               where account_id = ? and region = ? and cross_account_version >= ?)""",
                Boolean.class, accountId, region, CROSS_ACCOUNT_VERSION));
    }

    /** Whether the principal holds one of the permissions on the table itself or on one of its data cells filters. */
    boolean holdsOnTable(String catalogId, String region, String databaseName, String tableName, String principal,
                         List<String> anyOf) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_lf_permission
                               where catalog_id = ? and region = ? and database_name = ? and table_name = ?
                                 and principal = ? and permission = any (?))""",
                Boolean.class, catalogId, region, LocalGlueCatalog.lower(databaseName),
                LocalGlueCatalog.lower(tableName), principal, anyOf.toArray(String[]::new)));
    }

    /** Whether some principal of the account (the account itself or one of its IAM ARNs) holds a grant on the table. */
    boolean grantedToAccount(String catalogId, String region, String databaseName, String tableName,
                             String accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_lf_permission
                               where catalog_id = ? and region = ? and database_name = ? and table_name = ?
                                 and (principal = ? or principal like ?))""",
                Boolean.class, catalogId, region, LocalGlueCatalog.lower(databaseName),
                LocalGlueCatalog.lower(tableName), accountId, "arn:aws:iam::" + accountId + ":%"));
    }

    /** Drops every permission on the database, or on one of its tables (tableName not null), as Glue deletes do. */
    void forget(String catalogId, String region, String databaseName, String tableName) {
        if (tableName == null) {
            jdbc.update("delete from local_lf_permission where catalog_id = ? and region = ? and database_name = ?",
                    catalogId, region, LocalGlueCatalog.lower(databaseName));
            jdbc.update("""
                    delete from local_lf_data_cells_filter where catalog_id = ? and region = ? and database_name = ?""",
                    catalogId, region, LocalGlueCatalog.lower(databaseName));
        } else {
            removeAllOn(catalogId, region, databaseName, tableName);
        }
    }

    private void removeAllOn(String catalogId, String region, String databaseName, String tableName) {
        jdbc.update("""
                delete from local_lf_permission
                where catalog_id = ? and region = ? and database_name = ? and table_name = ?""",
                catalogId, region, LocalGlueCatalog.lower(databaseName), LocalGlueCatalog.lower(tableName));
        jdbc.update("""
                delete from local_lf_data_cells_filter
                where catalog_id = ? and region = ? and database_name = ? and table_name = ?""",
                catalogId, region, LocalGlueCatalog.lower(databaseName), LocalGlueCatalog.lower(tableName));
    }

    private static void requireComplete(Grant grant) {
        if (grant.principal() == null || grant.principal().isBlank()) {
            throw new CloudRequestFailedException("InvalidInputException: a principal is required");
        }
        if (grant.resource() == null || grant.resource().databaseName() == null) {
            throw new CloudRequestFailedException("InvalidInputException: a database or table is required");
        }
        if (grant.permissions().isEmpty()) {
            throw new CloudRequestFailedException("InvalidInputException: permissions are required");
        }
    }

    private void requireResource(Key key, String region) {
        if (!exists("select 1 from local_glue_database where account_id = ? and region = ? and database_name = ?",
                key.catalogId(), region, key.database())) {
            throw new CloudResourceNotFoundException("EntityNotFoundException: Database " + key.database()
                    + " not found.");
        }
        if (!key.table().isEmpty() && !exists("""
                select 1 from local_glue_table
                where account_id = ? and region = ? and database_name = ? and table_name = ?
                union all
                select 1 from local_glue_resource_link
                where account_id = ? and region = ? and database_name = ? and link_name = ?""",
                key.catalogId(), region, key.database(), key.table(),
                key.catalogId(), region, key.database(), key.table())) {
            throw new CloudResourceNotFoundException("EntityNotFoundException: Table " + key.table()
                    + " not found.");
        }
        if (!key.filter().isEmpty() && !exists("""
                select 1 from local_lf_data_cells_filter
                where catalog_id = ? and region = ? and database_name = ? and table_name = ? and filter_name = ?""",
                key.catalogId(), region, key.database(), key.table(), key.filter())) {
            throw new CloudResourceNotFoundException("EntityNotFoundException: Data cells filter " + key.filter()
                    + " not found.");
        }
    }

    private boolean exists(String query, Object... arguments) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (" + query + ")", Boolean.class, arguments));
    }

    /** The account a principal belongs to: an account id, or the account of an IAM ARN; null for others. */
    static String accountOfPrincipal(String principal) {
        return ACCOUNT_ID.matcher(principal).matches() ? principal : LocalPolicyEvaluator.accountOf(principal);
    }

    /** A resource as the rows key it: Glue's lower-case names, '' for what the resource does not name. */
    private record Key(String catalogId, String database, String table, String filter) {

        static Key of(String accountId, Resource resource) {
            if (resource == null) {
                throw new CloudRequestFailedException("InvalidInputException: a resource is required");
            }
            return new Key(resource.catalogId() == null ? accountId : resource.catalogId(),
                    LocalGlueCatalog.lower(resource.databaseName()), orEmpty(LocalGlueCatalog.lower(resource.tableName())),
                    orEmpty(resource.dataCellsFilterName()));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
