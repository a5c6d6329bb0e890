package io.grantline.cloud.local;

import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a table inferred from its files, as the local crawler sees them: every column any file names
 * (CSV header names, JSON keys), in the order first seen, each typed by sampling the first rows of every file.
 */
final class TableSchema {

    static final String COLUMN = "column";

    private static final int SAMPLED_ROWS_PER_FILE = 10_000;

    private final Map<String, String> types = new LinkedHashMap<>();

    static TableSchema of(List<Path> files) {
        TableSchema schema = new TableSchema();
        files.forEach(file -> DataFiles.read(file, schema.new FileSample()));
        return schema;
    }

    /** The columns in order; a column without any value is a string. */
    List<CatalogColumn> columns() {
        List<CatalogColumn> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(new CatalogColumn(name, type == null ? GlueTypes.STRING : type,
                null, COLUMN)));
        return columns;
    }

    private final class FileSample implements RowVisitor {

        private int rows;

        @Override
        public void header(List<String> columnNames) {
            columnNames.forEach(name -> types.putIfAbsent(name, null));
        }

        @Override
        public boolean row(Map<String, Cell> row) {
            row.forEach((name, cell) -> types.put(name, GlueTypes.widen(types.get(name), GlueTypes.of(cell))));
            return ++rows < SAMPLED_ROWS_PER_FILE;
        }
    }
}
