package io.grantline.graphql.history;

import io.grantline.api.error.InvalidInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The history's paging and time bounds, checked: a bad value is refused naming its field. */
final class HistoryInputs {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 1000;

    private HistoryInputs() {
    }

    static int page(String action, Object value) {
        if (value == null) {
            return 1;
        }
        if (!(value instanceof Number number) || number.intValue() < 1) {
            throw new InvalidInput(action, "page", "must be 1 or more, got " + value);
        }
        return number.intValue();
    }

    static int pageSize(String action, Object value) {
        if (value == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (!(value instanceof Number number) || number.intValue() < 1 || number.intValue() > MAX_PAGE_SIZE) {
            throw new InvalidInput(action, "pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", got " + value);
        }
        return number.intValue();
    }

    /** An ISO-8601 instant such as 2026-12-02T10:15:30Z, or null when not given. */
    static Instant instant(String action, String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(action, field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, got "
                    + value);
        }
    }

    static void requireOrdered(String action, Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput(action, "to", "must not be before from");
        }
    }
}
