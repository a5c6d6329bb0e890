package io.grantline.graphql.catalog;

import io.grantline.api.Page;
import io.grantline.api.catalog.CatalogQueries.CatalogFacets;
import io.grantline.api.catalog.CatalogQueries.CatalogHit;
import io.grantline.api.catalog.CatalogQueries.CatalogSearchResult;
import java.util.List;

/** searchCatalog's answer: a page of hits in data.all's paging shape, and the facet counts of the whole match. */
public record CatalogSearchPage(int count, int page, int pages, boolean hasNext, boolean hasPrevious,
                                List<CatalogHit> nodes, CatalogFacets facets) {

    static CatalogSearchPage of(CatalogSearchResult result) {
        Page<CatalogHit> hits = result.page();
        return new CatalogSearchPage(hits.count(), hits.page(), hits.pages(), hits.hasNext(), hits.hasPrevious(),
                hits.nodes(), result.facets());
    }
}
