package io.grantline.projections.timetravel;

import java.time.Instant;

/**
 * An event as the event store holds it: its global position, its aggregate, its time and its payload (null when
 * the reader was told the payload type does not matter, so it was not deserialized).
 */
public record StoredEvent(long position, String aggregateId, Instant timestamp, String payloadType, Object payload) {
}
