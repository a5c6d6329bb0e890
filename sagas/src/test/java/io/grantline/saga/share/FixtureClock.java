package io.grantline.saga.share;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** A clock that reads a supplied time: the saga fixture's, or one a test moves by hand. */
final class FixtureClock extends Clock {

    private final Supplier<Instant> now;

    FixtureClock(Supplier<Instant> now) {
        this.now = now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
