package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueSharedDatabases;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared databases and resource links in the local Glue catalog, the one crawlers write into (so
 * {@link LocalGlueCatalog#databaseExists} sees a shared database). A resource link can point only at a table the
 * account sees: one of its own, or one of another account granted to it through Lake Formation once the account
 * accepted that account's RAM invitation. Deleting a database or table drops the Lake Formation permissions on it.
 */
public class LocalGlueSharedDatabases implements GlueSharedDatabases {

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalLakeFormation lakeFormation;
    private final LocalResourceShareInvitations invitations;
    private final Clock clock;

    public LocalGlueSharedDatabases(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                    LocalLakeFormation lakeFormation, LocalResourceShareInvitations invitations,
                                    Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.lakeFormation = lakeFormation;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public void ensureDatabase(String accountId, String region, String databaseName, String description) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.CREATE_DATABASE, accountId);
        jdbc.update("""
                insert into local_glue_database (account_id, region, database_name, stack_id, description, created)
                values (?, ?, ?, null, ?, ?) on conflict do nothing""",
                accountId, region, lower(databaseName), description, Timestamp.from(clock.instant()));
    }

    @Override
    public void deleteDatabase(String accountId, String region, String databaseName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.DELETE_DATABASE, accountId);
        jdbc.update("delete from local_glue_database where account_id = ? and region = ? and database_name = ?",
                accountId, region, lower(databaseName));
        lakeFormation.forget(accountId, region, databaseName, null);
    }

    @Override
    public void ensureResourceLink(String accountId, String region, String databaseName, String linkName,
                                   String targetCatalogId, String targetDatabaseName, String targetTableName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.CREATE_TABLE, accountId);
        if (!databaseExists(accountId, region, databaseName)) {
            throw new CloudResourceNotFoundException("EntityNotFoundException: Database " + databaseName
                    + " not found.");
        }
        ResourceLink wanted = new ResourceLink(lower(databaseName), lower(linkName),
                targetCatalogId, lower(targetDatabaseName), lower(targetTableName));
        Optional<ResourceLink> existing = find(accountId, region, databaseName, linkName);
        if (existing.isPresent()) {
            if (!existing.get().equals(wanted)) {
                throw new CloudRequestFailedException("AlreadyExistsException: Table " + linkName
                        + " already exists and links to another table.");
            }
            return;
        }
        if (tableExists(accountId, region, databaseName, linkName)) {
            throw new CloudRequestFailedException("AlreadyExistsException: Table " + linkName + " already exists.");
        }
        if (!visible(accountId, region, targetCatalogId, targetDatabaseName, targetTableName)) {
            throw new CloudResourceNotFoundException("EntityNotFoundException: Table " + targetTableName
                    + " not found in database " + targetDatabaseName + " of catalog " + targetCatalogId + ".");
        }
        jdbc.update("""
                insert into local_glue_resource_link (account_id, region, database_name, link_name, target_catalog_id,
                    target_database_name, target_table_name, created)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                accountId, region, wanted.databaseName(), wanted.name(), targetCatalogId,
                wanted.targetDatabaseName(), wanted.targetTableName(), Timestamp.from(clock.instant()));
    }

    @Override
    public Optional<ResourceLink> resourceLink(String accountId, String region, String databaseName,
                                               String linkName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_TABLES, accountId);
        return find(accountId, region, databaseName, linkName);
    }

    @Override
    public void deleteTable(String accountId, String region, String databaseName, String tableName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.DELETE_TABLE, accountId);
        jdbc.update("""
                delete from local_glue_resource_link
                where account_id = ? and region = ? and database_name = ? and link_name = ?""",
                accountId, region, lower(databaseName), lower(tableName));
        jdbc.update("""
                delete from local_glue_table
                where account_id = ? and region = ? and database_name = ? and table_name = ?""",
                accountId, region, lower(databaseName), lower(tableName));
        lakeFormation.forget(accountId, region, databaseName, tableName);
    }

    @Override
    public List<String> tableNames(String accountId, String region, String databaseName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_TABLES, accountId);
        return jdbc.queryForList("""
                select table_name from local_glue_table where account_id = ? and region = ? and database_name = ?
                union
                select link_name from local_glue_resource_link
                where account_id = ? and region = ? and database_name = ?
                order by 1""",
                String.class, accountId, region, lower(databaseName), accountId, region, lower(databaseName));
    }

    Optional<ResourceLink> find(String accountId, String region, String databaseName, String linkName) {
        return jdbc.query("""
                select database_name, link_name, target_catalog_id, target_database_name, target_table_name
                from local_glue_resource_link
                where account_id = ? and region = ? and database_name = ? and link_name = ?""",
                (rs, row) -> new ResourceLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                accountId, region, lower(databaseName), lower(linkName)).stream().findFirst();
    }

    /** Whether the account sees the table: its own, or another catalog's granted to it with the invitation accepted. */
    boolean visible(String accountId, String region, String catalogId, String databaseName, String tableName) {
        if (!tableExists(catalogId, region, databaseName, tableName)) {
            return false;
        }
        return catalogId.equals(accountId)
                || lakeFormation.grantedToAccount(catalogId, region, databaseName, tableName, accountId)
                && invitations.accepted(catalogId, accountId, region);
    }

    boolean tableExists(String accountId, String region, String databaseName, String tableName) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_glue_table
                               where account_id = ? and region = ? and database_name = ? and table_name = ?)""",
                Boolean.class, accountId, region, lower(databaseName), lower(tableName)));
    }

    private boolean databaseExists(String accountId, String region, String databaseName) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_glue_database
                               where account_id = ? and region = ? and database_name = ?)""",
                Boolean.class, accountId, region, lower(databaseName)));
    }

    private static String lower(String name) {
        return LocalGlueCatalog.lower(name);
    }
}
