package io.grantline.saga.share;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-dataset locks of the share processor (table share_dataset_lock): a run holds its dataset's lock while it
 * touches the cloud, so two runs never rewrite one bucket, key or access point policy at the same time. A lock is
 * leased: its holder renews it with every step, and another run takes it over once the lease ran out. The key is a
 * dataset uri, or any other name of something runs must take turns on (the processor also locks the principal).
 */
public class ShareLocks {

    /** The first key of the advisory locks guarding the lock rows, apart from any other user of advisory locks. */
    private static final int ADVISORY_LOCK_SPACE = 0x5348_4c4b;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lease;

    public ShareLocks(JdbcTemplate jdbc, Clock clock, Duration lease) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Takes the dataset's lock for the run, or renews it when the run holds it already; false when another run
     * holds it. Never waits: a run that cannot have the lock now asks again later.
     */
    public boolean tryAcquire(String datasetUri, String processingId) {
        // a row another open transaction inserted or updated would make the upsert wait for that transaction (a
        // whole run of cloud calls); the advisory lock, held until the end of the transaction, answers "busy" at once
        Boolean guarded = jdbc.queryForObject("select pg_try_advisory_xact_lock(?, hashtext(?))", Boolean.class,
                ADVISORY_LOCK_SPACE, datasetUri);
        if (!Boolean.TRUE.equals(guarded)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int taken = jdbc.update("""
                insert into share_dataset_lock (dataset_uri, processing_id, leased_until) values (?, ?, ?)
                on conflict (dataset_uri) do update
                    set processing_id = excluded.processing_id, leased_until = excluded.leased_until
                    where share_dataset_lock.processing_id = excluded.processing_id
                       or share_dataset_lock.leased_until < ?""",
                datasetUri, processingId, now.plus(lease), now);
        return taken == 1;
    }

    /** Gives the dataset's lock back, if the run still holds it. */
    public void release(String datasetUri, String processingId) {
        jdbc.update("delete from share_dataset_lock where dataset_uri = ? and processing_id = ?", datasetUri,
                processingId);
    }
}
