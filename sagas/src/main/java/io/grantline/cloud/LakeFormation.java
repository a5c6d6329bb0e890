package io.grantline.cloud;

import java.util.List;
import java.util.Set;

/**
 * Lake Formation permissions of an account's data catalog. Grants and revocations are idempotent: granting what is
 * held or revoking what is not changes nothing and succeeds. A grant on a database, table or data cells filter the
 * catalog lacks fails with {@link CloudResourceNotFoundException}; Lake Formation's concurrent-modification
 * refusals surface as {@link CloudThrottledException} so callers retry them with backoff.
 */
public interface LakeFormation {

    /** A database (tableName null), a table, or a data cells filter of a table, in the catalog of catalogId. */
    record Resource(String catalogId, String databaseName, String tableName, String dataCellsFilterName) {

        public static Resource database(String catalogId, String databaseName) {
            return new Resource(catalogId, databaseName, null, null);
        }

        public static Resource table(String catalogId, String databaseName, String tableName) {
            return new Resource(catalogId, databaseName, tableName, null);
        }

        public static Resource dataCellsFilter(String catalogId, String databaseName, String tableName,
                                               String filterName) {
            return new Resource(catalogId, databaseName, tableName, filterName);
        }
    }

    /**
     * principal is an IAM role or user ARN, an account id (cross-account grant), or "IAM_ALLOWED_PRINCIPALS";
     * permissions are Lake Formation's (ALL, DESCRIBE, SELECT, INSERT, ALTER, DROP, DELETE, CREATE_TABLE).
     */
    record Grant(String principal, Resource resource, List<String> permissions, List<String> grantable) {

        public Grant {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
            grantable = grantable == null ? List.of() : List.copyOf(grantable);
        }
    }

    /** Called in the account that owns the catalog of the grant's resource, or in a target holding a link. */
    void grant(String accountId, String region, Grant grant);

    void revoke(String accountId, String region, Grant grant);

    /** The permissions the principal holds directly on the resource; empty when none. */
    Set<String> permissions(String accountId, String region, String principal, Resource resource);

    /** Every principal holding some permission directly on the resource; empty when none or it does not exist. */
    Set<String> principals(String accountId, String region, Resource resource);

    /**
     * Makes the account's catalog able to share across accounts through RAM (data.all's upgrade of the data lake
     * settings to cross-account version 3). Idempotent.
     */
    void enableCrossAccountSharing(String accountId, String region);
}
