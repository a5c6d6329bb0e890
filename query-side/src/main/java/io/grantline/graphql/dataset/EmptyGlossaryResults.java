package io.grantline.graphql.dataset;

import io.grantline.api.Page;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.List;

/** The glossary terms linked to a dataset, table, column or folder: none, since no glossary exists yet. */
final class EmptyGlossaryResults {

    private EmptyGlossaryResults() {
    }

    static SearchResult<Object> none() {
        return SearchResult.of(new Page<>(List.of(), 0, 1, Paging.DEFAULT_PAGE_SIZE), node -> node);
    }
}
