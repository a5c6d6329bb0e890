package io.grantline.graphql.support;

import java.util.Map;

/** data.all's paging arguments: page numbers from 1, ten rows a page unless asked otherwise. */
public record Paging(int page, int pageSize, String term) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 1000;

    public static Paging of(Map<String, Object> filter) {
        if (filter == null) {
            return new Paging(1, DEFAULT_PAGE_SIZE, null);
        }
        int page = filter.get("page") instanceof Number n && n.intValue() > 0 ? n.intValue() : 1;
        int pageSize = filter.get("pageSize") instanceof Number n && n.intValue() > 0
                ? Math.min(n.intValue(), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
        Object term = filter.get("term");
        return new Paging(page, pageSize, term == null ? null : term.toString());
    }
}
