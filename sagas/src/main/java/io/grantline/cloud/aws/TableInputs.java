package io.grantline.cloud.aws;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * The TableInput of a Glue UpdateTable that keeps a table as GetTable described it: every field UpdateTable takes
 * back (not the catalog's own bookkeeping: ids, times, creator, Lake Formation registration).
 */
final class TableInputs {

    private TableInputs() {
    }

    /** The table with the comment of one column or partition key replaced; empty when it has no such column. */
    static Optional<TableInput> withColumnComment(Table table, String columnName, String comment) {
        StorageDescriptor storage = table.storageDescriptor();
        List<Column> columns = storage == null ? List.of() : storage.columns();
        boolean inColumns = columns.stream().anyMatch(column -> column.name().equals(columnName));
        boolean inPartitionKeys = table.partitionKeys().stream().anyMatch(column -> column.name().equals(columnName));
        if (!inColumns && !inPartitionKeys) {
            return Optional.empty();
        }
        TableInput.Builder input = TableInput.builder()
                .name(table.name())
                .description(table.description())
                .owner(table.owner())
                .lastAccessTime(table.lastAccessTime())
                .lastAnalyzedTime(table.lastAnalyzedTime())
                .retention(table.retention())
                .partitionKeys(commented(table.partitionKeys(), columnName, comment))
                .viewOriginalText(table.viewOriginalText())
                .viewExpandedText(table.viewExpandedText())
                .tableType(table.tableType())
                .parameters(table.parameters())
                .targetTable(table.targetTable());
        if (storage != null) {
            input.storageDescriptor(storage.toBuilder().columns(commented(columns, columnName, comment)).build());
        }
        return Optional.of(input.build());
    }

    private static List<Column> commented(List<Column> columns, String columnName, String comment) {
        return columns.stream()
                .map(column -> column.name().equals(columnName) ? column.toBuilder().comment(comment).build() : column)
                .toList();
    }
}
