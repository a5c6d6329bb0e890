package io.grantline.app.replay;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** A schema beside public with empty copies of the read tables, where a projection is rebuilt. */
final class ScratchSchema implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String name;

    private ScratchSchema(JdbcTemplate jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
    }

    static ScratchSchema create(JdbcTemplate jdbc, List<ReadTable> tables) {
        String name = "replay_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        ScratchSchema schema = new ScratchSchema(jdbc, name);
        jdbc.execute("create schema " + name);
        for (ReadTable table : tables) {
            jdbc.execute("create table " + schema.qualified(table) + " (like public." + ReadTable.quoted(table.name())
                    + " including all)");
        }
        return schema;
    }

    String name() {
        return name;
    }

    String qualified(ReadTable table) {
        return name + "." + ReadTable.quoted(table.name());
    }

    @Override
    public void close() {
        jdbc.execute("drop schema if exists " + name + " cascade");
    }
}
