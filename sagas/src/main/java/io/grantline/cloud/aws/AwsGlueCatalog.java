package io.grantline.cloud.aws;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;

/** The Glue data catalog of the environment account, through the pivot role. */
public class AwsGlueCatalog implements GlueCatalog {

    static final String COLUMN = "column";

    private final AwsDatasetClients clients;

    public AwsGlueCatalog(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public boolean databaseExists(String accountId, String region, String databaseName) {
        try {
            clients.glue(accountId, region).getDatabase(request -> request.catalogId(accountId).name(databaseName));
            return true;
        } catch (EntityNotFoundException e) {
            return false;
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetDatabase " + databaseName, e);
        }
    }

    @Override
    public List<CatalogTable> tables(String accountId, String region, String databaseName) {
        try {
            return clients.glue(accountId, region).getTablesPaginator(request -> request.catalogId(accountId)
                            .databaseName(databaseName))
                    .stream()
                    .flatMap(page -> page.tableList().stream())
                    .map(AwsGlueCatalog::catalogTable)
                    .toList();
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetTables " + databaseName, e);
        }
    }

    @Override
    public Optional<CatalogTable> table(String accountId, String region, String databaseName, String tableName) {
        try {
            return Optional.of(catalogTable(glueTable(clients.glue(accountId, region), accountId, databaseName,
                    tableName)));
        } catch (EntityNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetTable " + databaseName + "." + tableName, e);
        }
    }

    /** As data.all's glue.table.update_column: the table as it is, with the one column's comment changed. */
    @Override
    public void updateColumnComment(String accountId, String region, String databaseName, String tableName,
                                    String columnName, String comment) {
        GlueClient glue = clients.glue(accountId, region);
        Table table;
        try {
            table = glueTable(glue, accountId, databaseName, tableName);
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetTable " + databaseName + "." + tableName, e);
        }
        TableInput update = TableInputs.withColumnComment(table, columnName, comment)
                .orElseThrow(() -> new CloudResourceNotFoundException("Column " + columnName + " does not exist in "
                        + databaseName + "." + tableName));
        try {
            glue.updateTable(request -> request.catalogId(accountId).databaseName(databaseName)
                    .tableInput(update).versionId(table.versionId()));
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:UpdateTable " + databaseName + "." + tableName, e);
        }
    }

    private static Table glueTable(GlueClient glue, String accountId, String databaseName, String tableName) {
        return glue.getTable(request -> request.catalogId(accountId).databaseName(databaseName).name(tableName))
                .table();
    }

    /** Columns first, then partition keys as partition_0, partition_1, … (data.all's sync_table_columns). */
    static CatalogTable catalogTable(Table table) {
        StorageDescriptor storage = table.storageDescriptor();
        List<CatalogColumn> columns = new ArrayList<>();
        if (storage != null) {
            storage.columns().forEach(column -> columns.add(catalogColumn(column, COLUMN)));
        }
        List<Column> partitionKeys = table.partitionKeys();
        for (int index = 0; index < partitionKeys.size(); index++) {
            columns.add(catalogColumn(partitionKeys.get(index), "partition_" + index));
        }
        return new CatalogTable(table.name(), storage == null ? null : storage.location(), table.parameters(),
                columns);
    }

    private static CatalogColumn catalogColumn(Column column, String columnType) {
        return new CatalogColumn(column.name(), column.type(), column.comment(), columnType);
    }
}
