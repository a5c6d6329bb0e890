package io.grantline.graphql.glossary;

import io.grantline.api.error.InvalidInput;
import java.util.Map;

/** A glossary filter's paging and term: data.all's defaults, and a clear error for a page out of range. */
record GlossaryPaging(int page, int pageSize, String term) {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 1000;

    static GlossaryPaging of(Map<String, Object> filter, String action) {
        Map<String, Object> given = filter == null ? Map.of() : filter;
        return new GlossaryPaging(number(given, "page", 1, Integer.MAX_VALUE, action),
                number(given, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, action), (String) given.get("term"));
    }

    private static int number(Map<String, Object> filter, String field, int fallback, int max, String action) {
        Object value = filter.get(field);
        if (value == null) {
            return fallback;
        }
        int number = ((Number) value).intValue();
        if (number < 1 || number > max) {
            throw new InvalidInput(action, field, "must be between 1 and " + max + ", was " + number);
        }
        return number;
    }
}
