package io.grantline.app.replay;

import io.grantline.api.replay.ReplayQueries.ProjectionDifference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares the live read tables with their rebuild, table by table: the rows of each side that the other lacks
 * (EXCEPT both ways, every column as text), paired by primary key into changed columns, missing and stray rows.
 */
final class ReadModelComparison {

    private final JdbcTemplate jdbc;
    private final ScratchSchema scratch;
    private final int maxDifferences;
    private final List<ProjectionDifference> differences = new ArrayList<>();
    private long differingRows;
    private long rowsCompared;
    private int tablesCompared;

    ReadModelComparison(JdbcTemplate jdbc, ScratchSchema scratch, int maxDifferences) {
        this.jdbc = jdbc;
        this.scratch = scratch;
        this.maxDifferences = maxDifferences;
    }

    void compare(ReadTable table) {
        tablesCompared++;
        String live = select(table, "public." + ReadTable.quoted(table.name())) + table.where();
        String rebuilt = select(table, scratch.qualified(table));
        String onlyLive = "(" + live + ") except (" + rebuilt + ")";
        String onlyRebuilt = "(" + rebuilt + ") except (" + live + ")";
        String keys = String.join(", ", table.keyColumns().stream().map(ReadTable::quoted).toList());
        rowsCompared += jdbc.queryForObject("select count(*) from (" + live + ") l", Long.class);
        differingRows += jdbc.queryForObject("select count(*) from (select " + keys + " from (" + onlyLive
                + ") l union select " + keys + " from (" + onlyRebuilt + ") r) d", Long.class);
        int room = maxDifferences - differences.size();
        if (room <= 0) {
            return;
        }
        Map<String, Map<String, String>> liveRows = rows(table, onlyLive, keys, room);
        Map<String, Map<String, String>> rebuiltRows = rows(table, onlyRebuilt, keys, room);
        for (Map.Entry<String, Map<String, String>> row : liveRows.entrySet()) {
            Map<String, String> other = rebuiltRows.remove(row.getKey());
            if (other == null) {
                add(new ProjectionDifference(table.name(), row.getKey(), null, text(row.getValue()), null));
            } else {
                for (String column : table.columns()) {
                    if (!Objects.equals(row.getValue().get(column), other.get(column))) {
                        add(new ProjectionDifference(table.name(), row.getKey(), column, row.getValue().get(column),
                                other.get(column)));
                    }
                }
            }
        }
        rebuiltRows.forEach((key, row) -> add(new ProjectionDifference(table.name(), key, null, null, text(row))));
    }

    int tablesCompared() {
        return tablesCompared;
    }

    long rowsCompared() {
        return rowsCompared;
    }

    long differingRows() {
        return differingRows;
    }

    List<ProjectionDifference> differences() {
        return List.copyOf(differences);
    }

    private void add(ProjectionDifference difference) {
        if (differences.size() < maxDifferences) {
            differences.add(difference);
        }
    }

    private static String select(ReadTable table, String from) {
        return "select " + table.columns().stream().map(column -> ReadTable.quoted(column) + "::text as "
                + ReadTable.quoted(column)).collect(Collectors.joining(", ")) + " from " + from;
    }

    /** Rows by key ("column=value, ..."), each as its columns' text. */
    private Map<String, Map<String, String>> rows(ReadTable table, String query, String keys, int limit) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        jdbc.query("select * from (" + query + ") d order by " + keys + " limit " + limit, rs -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : table.columns()) {
                row.put(column, rs.getString(column));
            }
            rows.put(table.keyColumns().stream().map(column -> column + "=" + row.get(column))
                    .collect(Collectors.joining(", ")), row);
        });
        return rows;
    }

    private static String text(Map<String, String> row) {
        return row.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
