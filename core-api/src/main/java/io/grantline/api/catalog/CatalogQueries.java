package io.grantline.api.catalog;

import io.grantline.api.Page;
import java.util.List;

/** Queries the OpenSearch catalog answers. */
public final class CatalogQueries {

    private CatalogQueries() {
    }

    /**
     * searchCatalog: a full-text term and a filter per facet (an empty list filters nothing); callerGroups decide
     * each hit's {@link CatalogAccess}.
     */
    public record SearchCatalog(String term, List<String> kinds, List<String> tags, List<String> topics,
                                List<String> terms, List<String> classifications, List<String> regions,
                                List<String> environmentUris, List<String> ownerTeams, int page, int pageSize,
                                List<String> callerGroups) {
    }

    public record CatalogHit(String uri, String resourceKind, String label, String name, String description,
                             List<String> tags, List<String> topics, List<String> terms, String classification,
                             String region, String owner, String ownerTeam, List<String> stewards,
                             String environmentUri, String environmentName, String organizationUri,
                             String organizationName, String datasetUri, String source, String database, int upvotes,
                             String created, String updated, CatalogAccess access) {
    }

    public record FacetValue(String value, long count) {
    }

    public record CatalogFacets(List<FacetValue> kinds, List<FacetValue> tags, List<FacetValue> topics,
                                List<FacetValue> terms, List<FacetValue> classifications, List<FacetValue> regions,
                                List<FacetValue> environments, List<FacetValue> ownerTeams) {
    }

    public record CatalogSearchResult(Page<CatalogHit> page, CatalogFacets facets) {
    }

    /** How far the catalog processor is: replaying after startReindexCatalog, and its position in the event store. */
    public record FindCatalogIndexStatus() {
    }

    public record CatalogIndexStatus(boolean replaying, long position, long head, double percent, long documents) {
    }

    /**
     * data.all's search endpoint (POST /search/api): a ReactiveSearch _msearch body whose second line is the
     * query, run read-only against the catalog index; answered with OpenSearch's reply.
     */
    public record RunCatalogSearch(String requestBody) {
    }

    public record CatalogSearchReply(int status, String body) {
    }
}
