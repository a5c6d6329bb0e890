package io.grantline.cloud;

import java.util.List;
import java.util.Optional;

/** The Glue side of table sharing: the target's shared database and its resource links to shared tables. */
public interface GlueSharedDatabases {

    /** Creates the database unless it exists. */
    void ensureDatabase(String accountId, String region, String databaseName, String description);

    /** Deletes the database if it exists (with whatever it still holds). */
    void deleteDatabase(String accountId, String region, String databaseName);

    /**
     * Creates, unless it exists, a resource link named linkName in the database pointing at the table of
     * another (or the same) catalog. {@link CloudResourceNotFoundException} when the target table is not visible
     * to the account (not shared with it).
     */
    void ensureResourceLink(String accountId, String region, String databaseName, String linkName,
                            String targetCatalogId, String targetDatabaseName, String targetTableName);

    /** The resource link, if the database holds one of that name. */
    Optional<ResourceLink> resourceLink(String accountId, String region, String databaseName, String linkName);

    /** Deletes the table or resource link if it exists. */
    void deleteTable(String accountId, String region, String databaseName, String tableName);

    /** The names of the tables and resource links in the database; empty when it does not exist. */
    List<String> tableNames(String accountId, String region, String databaseName);

    record ResourceLink(String databaseName, String name, String targetCatalogId, String targetDatabaseName,
                        String targetTableName) {
    }
}
