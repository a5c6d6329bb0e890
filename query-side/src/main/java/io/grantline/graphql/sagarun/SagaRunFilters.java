package io.grantline.graphql.sagarun;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.sagarun.SagaRunQueries.ListSagaRuns;
import io.grantline.api.sagarun.SagaRunState;
import io.grantline.graphql.support.Inputs;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/** Reads a SagaRunFilter; a value it cannot read is refused naming its field, before anything is asked. */
final class SagaRunFilters {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String ACTION = "listSagaRuns";

    private SagaRunFilters() {
    }

    static ListSagaRuns read(Map<String, Object> filter) {
        Map<String, Object> given = filter == null ? Map.of() : filter;
        SagaRunKind kind = constant(SagaRunKind.class, "kind", Inputs.string(given, "kind"));
        SagaRunState state = constant(SagaRunState.class, "state", Inputs.string(given, "state"));
        Instant from = instant("from", Inputs.string(given, "from"));
        Instant to = instant("to", Inputs.string(given, "to"));
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput(ACTION, "to", "must be after from");
        }
        return new ListSagaRuns(kind, state, Inputs.string(given, "targetUri"), Inputs.bool(given, "stalled"), from,
                to, page(given), pageSize(given));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(ACTION, field, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was " + value);
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(ACTION, field, "must be an ISO-8601 instant such as 2026-12-02T10:00:00Z, was "
                    + value);
        }
    }

    private static int page(Map<String, Object> filter) {
        Object page = filter.get("page");
        if (page == null) {
            return 1;
        }
        if (!(page instanceof Number n) || n.intValue() < 1) {
            throw new InvalidInput(ACTION, "page", "must be 1 or more, was " + page);
        }
        return n.intValue();
    }

    private static int pageSize(Map<String, Object> filter) {
        Object size = filter.get("pageSize");
        if (size == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (!(size instanceof Number n) || n.intValue() < 1 || n.intValue() > MAX_PAGE_SIZE) {
            throw new InvalidInput(ACTION, "pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return n.intValue();
    }
}
