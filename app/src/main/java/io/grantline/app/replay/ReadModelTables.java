package io.grantline.app.replay;

import io.grantline.projections.jooq.DefaultSchema;
import io.grantline.projections.support.ReadModel;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables the read-model processing group writes: every table of the read-model migrations except those other
 * processing groups own, plus the group's rows of projection_progress (the read-your-writes table).
 */
@Component
class ReadModelTables {

    static final String PROGRESS = "projection_progress";

    /** Read tables kept by other processing groups: "catalog" (catalog_*) and "governance" (history, time travel). */
    private static final List<String> OTHER_PROCESSORS_PREFIXES = List.of("catalog_", "governance_", "timetravel_");

    private final JdbcTemplate jdbc;
    private volatile List<ReadTable> tables;

    ReadModelTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReadTable> all() {
        if (tables == null) {
            tables = load();
        }
        return tables;
    }

    private List<ReadTable> load() {
        List<ReadTable> found = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = table.getName();
            if (OTHER_PROCESSORS_PREFIXES.stream().noneMatch(name::startsWith)) {
                found.add(describe(name, null));
            }
        }
        found.add(describe(PROGRESS, "processing_group = '" + ReadModel.PROCESSING_GROUP + "'"));
        return List.copyOf(found);
    }

    private ReadTable describe(String name, String rowFilter) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_generated = 'NEVER'
                order by ordinal_position""", String.class, name);
        if (columns.isEmpty()) {
            throw new IllegalStateException("read table " + name + " does not exist");
        }
        List<String> keys = jdbc.queryForList("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = ('public.' || quote_ident(?))::regclass and i.indisprimary
                order by array_position(i.indkey::int2[], a.attnum)""", String.class, name);
        return new ReadTable(name, columns, keys.isEmpty() ? columns : keys, rowFilter);
    }
}
