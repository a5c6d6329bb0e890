package io.grantline.app.axon;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How far a processing group has projected each aggregate's events. */
@Component
public class ProjectionProgress {

    private final JdbcTemplate jdbc;

    public ProjectionProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String processingGroup, String aggregateId, long sequenceNumber) {
        jdbc.update("""
                insert into projection_progress (processing_group, aggregate_id, sequence_number) values (?, ?, ?)
                on conflict (processing_group, aggregate_id) do update
                set sequence_number = greatest(projection_progress.sequence_number, excluded.sequence_number)""",
                processingGroup, aggregateId, sequenceNumber);
    }

    /** Waits until the group has projected the aggregate up to the sequence number; false when the wait ran out. */
    public boolean awaitProjected(String processingGroup, String aggregateId, long sequenceNumber, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 1;
        while (System.nanoTime() < deadline) {
            Long projected = jdbc.query(
                    "select sequence_number from projection_progress where processing_group = ? and aggregate_id = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, processingGroup, aggregateId);
            if (projected != null && projected >= sequenceNumber) {
                return true;
            }
            sleep(pause);
            pause = Math.min(pause * 2, 20);
        }
        return false;
    }

    public void reset(String processingGroup) {
        jdbc.update("delete from projection_progress where processing_group = ?", processingGroup);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read model", e);
        }
    }
}
