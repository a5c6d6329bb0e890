package io.grantline.saga.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The per-dataset locks on a real PostgreSQL, their leases on a clock the test moves. */
class ShareLocksTest {

    static final Duration LEASE = Duration.ofMinutes(10);
    static final String DATASET = "ds1lock";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T10:00:00Z"));
    final ShareLocks locks = new ShareLocks(ShareLockDatabase.emptied(), new FixtureClock(now::get), LEASE);

    @Test
    void freeDatasetLockIsTaken() {
        assertThat(locks.tryAcquire(DATASET, "run1")).isTrue();
    }

    @Test
    void lockAnotherRunHoldsIsRefused() {
        locks.tryAcquire(DATASET, "run1");

        assertThat(locks.tryAcquire(DATASET, "run2")).isFalse();
    }

    @Test
    void holderRenewsItsLockAndKeepsItForAnotherLease() {
        locks.tryAcquire(DATASET, "run1");
        now.set(now.get().plus(LEASE.minusMinutes(1)));

        assertThat(locks.tryAcquire(DATASET, "run1")).isTrue();
        now.set(now.get().plus(LEASE.minusMinutes(1)));
        assertThat(locks.tryAcquire(DATASET, "run2")).isFalse();
    }

    @Test
    void lockWhoseLeaseRanOutIsTakenOverByAnotherRun() {
        locks.tryAcquire(DATASET, "run1");
        now.set(now.get().plus(LEASE).plusSeconds(1));

        assertThat(locks.tryAcquire(DATASET, "run2")).isTrue();
        assertThat(locks.tryAcquire(DATASET, "run1")).isFalse();
    }

    @Test
    void releasedLockIsFreeForTheNextRun() {
        locks.tryAcquire(DATASET, "run1");

        locks.release(DATASET, "run1");

        assertThat(locks.tryAcquire(DATASET, "run2")).isTrue();
    }

    @Test
    void releaseByARunThatNoLongerHoldsTheLockLeavesTheHoldersLock() {
        locks.tryAcquire(DATASET, "run1");
        now.set(now.get().plus(LEASE).plusSeconds(1));
        locks.tryAcquire(DATASET, "run2");

        locks.release(DATASET, "run1");

        assertThat(locks.tryAcquire(DATASET, "run3")).isFalse();
    }

    @Test
    void locksOfDifferentDatasetsAreIndependent() {
        locks.tryAcquire(DATASET, "run1");

        assertThat(locks.tryAcquire("ds2lock", "run2")).isTrue();
    }
}
