package io.grantline.projections.catalog;

import static io.grantline.projections.catalog.CatalogState.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.Page;
import io.grantline.api.catalog.CatalogAccess;
import io.grantline.api.catalog.CatalogQueries.CatalogFacets;
import io.grantline.api.catalog.CatalogQueries.CatalogHit;
import io.grantline.api.catalog.CatalogQueries.CatalogSearchResult;
import io.grantline.api.catalog.CatalogQueries.FacetValue;
import io.grantline.api.catalog.CatalogQueries.SearchCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers searchCatalog: full text over the catalog documents, a filter and a count per facet, paged. */
@Component
public class CatalogSearch {

    /** The facets searchCatalog offers, each a keyword field of the document's facets. */
    static final Map<String, String> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("kinds", "facets.kind");
        FACETS.put("tags", "facets.tags");
        FACETS.put("topics", "facets.topics");
        FACETS.put("terms", "facets.terms");
        FACETS.put("classifications", "facets.classification");
        FACETS.put("regions", "facets.region");
        FACETS.put("environments", "facets.environment");
        FACETS.put("ownerTeams", "facets.ownerTeam");
    }

    private static final List<String> TEXT_FIELDS = List.of("label^4", "name^3", "description", "tags^2",
            "topics^2", "facets.termLabels^2", "environmentName", "organizationName");
    private static final int FACET_SIZE = 50;

    private final CatalogIndex index;
    private final CatalogAccessRules access;

    public CatalogSearch(CatalogIndex index, CatalogAccessRules access) {
        this.index = index;
        this.access = access;
    }

    @QueryHandler
    CatalogSearchResult search(SearchCatalog query) {
        JsonNode reply = index.searchJson(body(query));
        List<JsonNode> sources = new ArrayList<>();
        reply.path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
        Map<String, CatalogAccess> accessByUri = access.of(sources, query.callerGroups());
        List<CatalogHit> hits = sources.stream().map(source -> hit(source, accessByUri.get(source.path("uri")
                .asText()))).toList();
        int total = reply.path("hits").path("total").path("value").asInt();
        return new CatalogSearchResult(new Page<>(hits, total, query.page(), query.pageSize()),
                facets(reply.path("aggregations")));
    }

    private static ObjectNode body(SearchCatalog query) {
        ObjectNode body = JSON.createObjectNode();
        body.put("from", Page.offset(query.page(), query.pageSize()));
        body.put("size", query.pageSize());
        body.put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (query.term() == null || query.term().isBlank()) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            ObjectNode multiMatch = bool.putArray("must").addObject().putObject("multi_match");
            multiMatch.put("query", query.term());
            multiMatch.put("type", "most_fields");
            multiMatch.put("fuzziness", "AUTO");
            TEXT_FIELDS.forEach(multiMatch.putArray("fields")::add);
        }
        ArrayNode filters = bool.putArray("filter");
        filter(filters, "facets.kind", query.kinds());
        filter(filters, "facets.tags", query.tags());
        filter(filters, "facets.topics", query.topics());
        filter(filters, "facets.terms", query.terms());
        filter(filters, "facets.classification", query.classifications());
        filter(filters, "facets.region", query.regions());
        filter(filters, "facets.environment", query.environmentUris());
        filter(filters, "facets.ownerTeam", query.ownerTeams());
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().putObject("uri.keyword").put("order", "asc");
        ObjectNode aggregations = body.putObject("aggs");
        FACETS.forEach((name, field) -> aggregations.putObject(name).putObject("terms")
                .put("field", field).put("size", FACET_SIZE));
        return body;
    }

    private static void filter(ArrayNode filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode terms = filters.addObject().putObject("terms").putArray(field);
            values.forEach(terms::add);
        }
    }

    private static CatalogFacets facets(JsonNode aggregations) {
        Map<String, List<FacetValue>> counted = new LinkedHashMap<>();
        FACETS.keySet().forEach(name -> {
            List<FacetValue> values = new ArrayList<>();
            aggregations.path(name).path("buckets").forEach(bucket ->
                    values.add(new FacetValue(bucket.path("key").asText(), bucket.path("doc_count").asLong())));
            counted.put(name, values);
        });
        return new CatalogFacets(counted.get("kinds"), counted.get("tags"), counted.get("topics"),
                counted.get("terms"), counted.get("classifications"), counted.get("regions"),
                counted.get("environments"), counted.get("ownerTeams"));
    }

    private static CatalogHit hit(JsonNode source, CatalogAccess access) {
        JsonNode facets = source.path("facets");
        return new CatalogHit(source.path("uri").asText(), source.path("resourceKind").asText(),
                text(source, "label"), text(source, "name"), text(source, "description"), texts(facets.path("tags")),
                texts(facets.path("topics")), texts(facets.path("terms")), text(facets, "classification"),
                text(facets, "region"), text(source, "owner"), text(source, "admins"),
                texts(facets.path("stewards")), text(source, "environmentUri"), text(source, "environmentName"),
                text(source, "organizationUri"), text(source, "organizationName"), text(source, "datasetUri"),
                text(source, "source"), text(source, "database"), source.path("upvotes").asInt(),
                text(source, "created"), text(source, "updated"), access);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static boolean ownedBy(JsonNode source, Set<String> groups) {
        if (groups.contains(source.path("admins").asText())) {
            return true;
        }
        for (JsonNode steward : source.path("facets").path("stewards")) {
            if (groups.contains(steward.asText())) {
                return true;
            }
        }
        return false;
    }
}
