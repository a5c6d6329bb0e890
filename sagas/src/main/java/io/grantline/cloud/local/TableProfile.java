package io.grantline.cloud.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the profiling job computes from every row of a table: the row count and, per column, nulls, completeness,
 * distinct values and the minimum and maximum (numeric for bigint and double columns, else in text order), in
 * the results format the dataset's profiling runs show.
 */
final class TableProfile implements RowVisitor {

    private final List<ColumnProfile> columns;
    private long rows;

    private TableProfile(List<CatalogColumn> columns) {
        this.columns = columns.stream().map(ColumnProfile::new).toList();
    }

    static TableProfile of(List<CatalogColumn> columns, List<Path> files) {
        TableProfile profile = new TableProfile(columns);
        DataFiles.readAll(files, profile);
        return profile;
    }

    @Override
    public boolean row(Map<String, Cell> row) {
        rows++;
        columns.forEach(column -> column.add(row.getOrDefault(column.column.name(), Cell.NULL)));
        return true;
    }

    /** {"table_nb_rows": n, "columns": [{"Name", "Type", "Metadata": {Completeness, Nulls, Distinct, Minimum, Maximum}}]} */
    ObjectNode results() {
        ObjectNode results = JsonNodeFactory.instance.objectNode();
        results.put("table_nb_rows", rows);
        ArrayNode columnResults = results.putArray("columns");
        columns.forEach(column -> column.writeTo(columnResults.addObject(), rows));
        return results;
    }

    private static final class ColumnProfile {

        private final CatalogColumn column;
        private final boolean numeric;
        private final Set<String> distinct = new HashSet<>();
        private long nulls;
        private BigDecimal minimumNumber;
        private BigDecimal maximumNumber;
        private String minimumText;
        private String maximumText;

        ColumnProfile(CatalogColumn column) {
            this.column = column;
            this.numeric = GlueTypes.isNumeric(column.typeName());
        }

        void add(Cell cell) {
            if (cell.isNull()) {
                nulls++;
                return;
            }
            distinct.add(cell.text());
            if (numeric) {
                BigDecimal number = GlueTypes.number(cell);
                if (number != null) {
                    minimumNumber = minimumNumber == null || number.compareTo(minimumNumber) < 0 ? number
                            : minimumNumber;
                    maximumNumber = maximumNumber == null || number.compareTo(maximumNumber) > 0 ? number
                            : maximumNumber;
                }
                return;
            }
            minimumText = minimumText == null || cell.text().compareTo(minimumText) < 0 ? cell.text() : minimumText;
            maximumText = maximumText == null || cell.text().compareTo(maximumText) > 0 ? cell.text() : maximumText;
        }

        void writeTo(ObjectNode result, long rows) {
            result.put("Name", column.name());
            result.put("Type", column.typeName());
            ObjectNode metadata = result.putObject("Metadata");
            metadata.put("Completeness", rows == 0 ? 0.0 : (double) (rows - nulls) / rows);
            metadata.put("Nulls", nulls);
            metadata.put("Distinct", distinct.size());
            metadata.set("Minimum", numeric ? number(minimumNumber) : text(minimumText));
            metadata.set("Maximum", numeric ? number(maximumNumber) : text(maximumText));
        }

        private JsonNode number(BigDecimal value) {
            if (value == null) {
                return JsonNodeFactory.instance.nullNode();
            }
            return GlueTypes.json(column.typeName(), Cell.plain(value.toPlainString()));
        }

        private static JsonNode text(String value) {
            return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value);
        }
    }
}
