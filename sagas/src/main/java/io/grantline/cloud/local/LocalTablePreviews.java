package io.grantline.cloud.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.TablePreviews;
import io.grantline.cloud.local.LocalBucketFolders.Location;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Athena's {@code SELECT * ... LIMIT n} as the local cloud answers it: the first rows of the table's files, each as
 * a JSON array of its values in column order, typed by the catalog's column types.
 */
public class LocalTablePreviews implements TablePreviews {

    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalGlueCatalog catalog;
    private final LocalBucketFolders folders;

    public LocalTablePreviews(AccountAccess accountAccess, LocalCloudFaults faults, LocalGlueCatalog catalog,
                              LocalBucketFolders folders) {
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.catalog = catalog;
        this.folders = folders;
    }

    @Override
    public TablePreview preview(String accountId, String region, String databaseName, String tableName,
                                String s3Location, int limit, String workGroup) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PREVIEW_TABLE, accountId);
        CatalogTable table = catalog.find(accountId, region, databaseName, tableName).orElseThrow(() ->
                new CloudResourceNotFoundException("TABLE_NOT_FOUND: Table 'awsdatacatalog." + databaseName + "."
                        + tableName + "' does not exist"));
        Location location = folders.locate(s3Location == null || s3Location.isBlank() ? table.location()
                : s3Location);
        List<CatalogColumn> columns = table.columns();
        List<String> rows = new ArrayList<>();
        if (limit > 0) {
            try {
                DataFiles.readAll(DataFiles.under(location.folder()), row -> {
                    rows.add(values(columns, row));
                    return rows.size() < limit;
                });
            } catch (UnreadableDataException e) {
                throw new CloudRequestFailedException("HIVE_BAD_DATA: "
                        + folders.uriOf(location.bucketName(), e.file()) + ": " + e.problem(), e);
            }
        }
        return new TablePreview(columns.stream().map(CatalogColumn::name).toList(), rows);
    }

    private static String values(List<CatalogColumn> columns, Map<String, Cell> row) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        columns.forEach(column -> values.add(GlueTypes.json(column.typeName(),
                row.getOrDefault(column.name(), Cell.NULL))));
        return values.toString();
    }
}
