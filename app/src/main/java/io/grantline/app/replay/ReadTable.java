package io.grantline.app.replay;

import java.util.List;

/**
 * A table of the read model: its columns in order, its primary key, and which of its rows belong to the read model
 * (all of them, except in a table shared with other processing groups).
 */
record ReadTable(String name, List<String> columns, List<String> keyColumns, String rowFilter) {

    String where() {
        return rowFilter == null ? "" : " where " + rowFilter;
    }

    String columnList() {
        return String.join(", ", columns.stream().map(ReadTable::quoted).toList());
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
