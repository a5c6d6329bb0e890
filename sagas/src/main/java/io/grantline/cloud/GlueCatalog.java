package io.grantline.cloud;

import io.grantline.api.dataset.CatalogTable;
import java.util.List;
import java.util.Optional;

/** The Glue data catalog of an environment account. */
public interface GlueCatalog {

    boolean databaseExists(String accountId, String region, String databaseName);

    /** Every table of the database; {@link CloudResourceNotFoundException} when the database does not exist. */
    List<CatalogTable> tables(String accountId, String region, String databaseName);

    Optional<CatalogTable> table(String accountId, String region, String databaseName, String tableName);

    /** Sets the comment of one column (data.all's glue.table.update_column). */
    void updateColumnComment(String accountId, String region, String databaseName, String tableName,
                             String columnName, String comment);
}
