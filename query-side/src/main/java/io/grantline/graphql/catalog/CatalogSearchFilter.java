package io.grantline.graphql.catalog;

import io.grantline.api.Actor;
import io.grantline.api.catalog.CatalogQueries.SearchCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * searchCatalog's filter, checked: pages from 1, at most 100 hits a page, facet values not blank, kinds among those
 * the catalog holds.
 */
final class CatalogSearchFilter {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_TERM_LENGTH = 256;
    static final Set<String> KINDS = Set.of("dataset", "table", "folder");

    private CatalogSearchFilter() {
    }

    static SearchCatalog toQuery(Map<String, Object> filter, Actor actor) {
        Map<String, Object> given = filter == null ? Map.of() : filter;
        String term = (String) given.get("term");
        if (term != null && term.length() > MAX_TERM_LENGTH) {
            throw CatalogDataFetcher.invalid("term", "must be at most " + MAX_TERM_LENGTH + " characters");
        }
        int page = number(given, "page", 1, Integer.MAX_VALUE);
        int pageSize = number(given, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        List<String> kinds = values(given, "kinds");
        kinds.stream().filter(kind -> !KINDS.contains(kind)).findFirst().ifPresent(kind -> {
            throw CatalogDataFetcher.invalid("kinds", "'" + kind + "' is not one of " + String.join(", ",
                    KINDS.stream().sorted().toList()));
        });
        return new SearchCatalog(term, kinds, values(given, "tags"), values(given, "topics"),
                values(given, "terms"), values(given, "classifications"), values(given, "regions"),
                values(given, "environmentUris"), values(given, "ownerTeams"), page, pageSize, actor.groups());
    }

    private static int number(Map<String, Object> filter, String field, int fallback, int max) {
        Object value = filter.get(field);
        if (value == null) {
            return fallback;
        }
        int number = ((Number) value).intValue();
        if (number < 1 || number > max) {
            throw CatalogDataFetcher.invalid(field, "must be between 1 and " + max + ", was " + number);
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> filter, String field) {
        List<Object> values = (List<Object>) filter.get(field);
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(value -> value == null || value.toString().isBlank())) {
            throw CatalogDataFetcher.invalid(field, "values must not be blank");
        }
        return values.stream().map(Objects::toString).toList();
    }
}
