package io.grantline.projections.timetravel;

import java.time.Instant;

/** What every as-of fold counts besides its own state: how many events it folded, and the latest of them. */
abstract class EventFold {

    private long version;
    private long lastPosition = -1;
    private Instant lastTime;

    public final void apply(StoredEvent event) {
        version++;
        lastPosition = Math.max(lastPosition, event.position());
        lastTime = event.timestamp();
        apply(event.payload(), event.timestamp());
    }

    /** Folds one event's payload; time is when it was stored. */
    abstract void apply(Object payload, Instant time);

    public long version() {
        return version;
    }

    public long lastPosition() {
        return lastPosition;
    }

    public Instant lastTime() {
        return lastTime;
    }
}
