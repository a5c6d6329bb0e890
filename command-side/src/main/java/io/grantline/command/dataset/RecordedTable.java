package io.grantline.command.dataset;

import io.grantline.api.dataset.TableColumn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table as the dataset records it: catalog facts, the user's details, and its data filters (uri to name). */
record RecordedTable(String tableUri, String name, String label, String description, List<String> tags,
                     List<String> topics, List<String> terms, String s3Prefix, Map<String, String> properties,
                     List<TableColumn> columns, Map<String, String> filters) {

    static RecordedTable added(String tableUri, String name, String s3Prefix, Map<String, String> properties,
                               List<TableColumn> columns) {
        return new RecordedTable(tableUri, name, name, null, List.of(), List.of(), List.of(), s3Prefix, properties,
                columns, Map.of());
    }

    RecordedTable withCatalog(String newPrefix, Map<String, String> newProperties, List<TableColumn> newColumns) {
        return new RecordedTable(tableUri, name, label, description, tags, topics, terms, newPrefix, newProperties,
                newColumns, filters);
    }

    RecordedTable withDetails(String newLabel, String newDescription, List<String> newTags, List<String> newTopics,
                              List<String> newTerms) {
        return new RecordedTable(tableUri, name, newLabel, newDescription, newTags, newTopics, newTerms, s3Prefix,
                properties, columns, filters);
    }

    RecordedTable withColumnDescription(String columnUri, String newDescription) {
        List<TableColumn> described = columns.stream()
                .map(column -> column.columnUri().equals(columnUri)
                        ? new TableColumn(column.columnUri(), column.name(), column.typeName(), column.columnType(),
                                column.position(), newDescription)
                        : column)
                .toList();
        return withCatalog(s3Prefix, properties, described);
    }

    RecordedTable withFilter(String filterUri, String filterName) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(filterUri, filterName);
        return withFilters(more);
    }

    RecordedTable withoutFilter(String filterUri) {
        Map<String, String> fewer = new LinkedHashMap<>(filters);
        fewer.remove(filterUri);
        return withFilters(fewer);
    }

    Optional<TableColumn> column(String columnUri) {
        return columns.stream().filter(column -> column.columnUri().equals(columnUri)).findFirst();
    }

    boolean hasColumnNamed(String columnName) {
        return columns.stream().anyMatch(column -> column.name().equals(columnName));
    }

    private RecordedTable withFilters(Map<String, String> newFilters) {
        return new RecordedTable(tableUri, name, label, description, tags, topics, terms, s3Prefix, properties,
                columns, Collections.unmodifiableMap(newFilters));
    }
}
