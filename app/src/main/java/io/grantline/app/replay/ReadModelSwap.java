package io.grantline.app.replay;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the live read tables' rows with the rebuilt ones in the caller's transaction: readers keep seeing the old
 * rows (MVCC) until it commits, then the rebuilt ones, never a half-built read model.
 */
final class ReadModelSwap {

    private ReadModelSwap() {
    }

    static long swap(JdbcTemplate jdbc, ScratchSchema scratch, List<ReadTable> tables) {
        long rows = 0;
        for (ReadTable table : tables) {
            String live = "public." + ReadTable.quoted(table.name());
            jdbc.update("delete from " + live + table.where());
            rows += jdbc.update("insert into " + live + " (" + table.columnList() + ") select "
                    + table.columnList() + " from " + scratch.qualified(table));
        }
        return rows;
    }
}
