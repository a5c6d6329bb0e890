package io.grantline.graphql.support;

import io.grantline.api.Page;
import java.util.List;
import java.util.function.Function;

/** data.all's *SearchResult shape: the page's nodes plus counts and navigation. */
public record SearchResult<T>(List<T> nodes, int count, int page, int pageSize, int pages, boolean hasNext,
                              boolean hasPrevious, Integer nextPage, Integer previousPage) {

    public static <V, T> SearchResult<T> of(Page<V> page, Function<V, T> mapper) {
        return new SearchResult<>(page.nodes().stream().map(mapper).toList(), page.count(), page.page(),
                page.pageSize(), page.pages(), page.hasNext(), page.hasPrevious(),
                page.hasNext() ? page.page() + 1 : null, page.hasPrevious() ? page.page() - 1 : null);
    }
}
