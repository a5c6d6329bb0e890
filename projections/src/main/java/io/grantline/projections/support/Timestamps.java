package io.grantline.projections.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The read model stores instants as UTC timestamps and answers them as ISO-8601 strings, like data.all. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static String text(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
