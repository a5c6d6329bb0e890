package io.grantline.projections.catalog;

import static io.grantline.projections.catalog.CatalogState.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.catalog.CatalogQueries.CatalogSearchReply;
import io.grantline.api.catalog.CatalogQueries.RunCatalogSearch;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * data.all's search endpoint behind POST /search/api: the ReactiveSearch _msearch body's second line is run as a
 * search on the catalog index, and OpenSearch's reply goes back as it is. Only reading the catalog index gets
 * through: a header naming another index, a bulk action line, a search key outside the read-only ones, or a lookup
 * into an index is refused before anything reaches OpenSearch.
 */
@Component
public class CatalogSearchProxy {

    private static final Set<String> HEADER_KEYS = Set.of("preference", "index", "search_type", "request_cache");
    private static final Set<String> WRITE_ACTIONS = Set.of("create", "update", "delete");
    private static final Set<String> SEARCH_KEYS = Set.of("query", "aggs", "aggregations", "from", "size", "sort",
            "_source", "highlight", "track_total_hits", "post_filter", "suggest", "collapse", "search_after",
            "timeout", "min_score", "explain", "docvalue_fields", "fields", "track_scores", "version");
    private static final Set<String> LOOKUP_KEYS = Set.of("index", "_index");

    private final CatalogIndex index;

    public CatalogSearchProxy(CatalogIndex index) {
        this.index = index;
    }

    @QueryHandler
    CatalogSearchReply run(RunCatalogSearch request) {
        List<String> lines = request.requestBody() == null ? List.of()
                : request.requestBody().lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            return refused("the body must be an _msearch body: a header line, then the query line");
        }
        for (int header = 0; header < lines.size(); header += 2) {
            String problem = headerProblem(lines.get(header));
            if (problem != null) {
                return refused(problem);
            }
        }
        String problem = queryProblem(lines.get(1));
        if (problem != null) {
            return refused(problem);
        }
        CatalogIndex.Reply reply = index.search(lines.get(1));
        return reply.status() < 300 ? new CatalogSearchReply(200, reply.body()) : new CatalogSearchReply(400, "{}");
    }

    private String headerProblem(String line) {
        JsonNode header = parse(line);
        if (header == null || !header.isObject()) {
            return "header line is not a JSON object: " + abbreviate(line);
        }
        for (Iterator<String> keys = header.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (WRITE_ACTIONS.contains(key) || ("index".equals(key) && header.get(key).isObject())) {
                return "writes are refused: the search API only reads the catalog (action '" + key + "')";
            }
            if ("index".equals(key) && !header.get(key).isTextual()) {
                return "index " + header.get(key) + " is refused: the search API only reads " + index.name();
            }
            if (!HEADER_KEYS.contains(key)) {
                return "header key '" + key + "' is not allowed";
            }
        }
        JsonNode named = header.get("index");
        if (named != null && !index.name().equals(named.asText())) {
            return "index '" + named.asText() + "' is refused: the search API only reads " + index.name();
        }
        return null;
    }

    private static String queryProblem(String line) {
        JsonNode query = parse(line);
        if (query == null || !query.isObject()) {
            return "query line is not a JSON object: " + abbreviate(line);
        }
        for (Iterator<String> keys = query.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!SEARCH_KEYS.contains(key)) {
                return "search key '" + key + "' is not allowed; allowed: " + String.join(", ",
                        SEARCH_KEYS.stream().sorted().toList());
            }
        }
        return lookupProblem(query);
    }

    /**
     * Terms lookups, more_like_this documents, percolate and indexed shapes read documents of the index they name,
     * which would let a catalog search read any other index; no catalog field is called index.
     */
    private static String lookupProblem(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (LOOKUP_KEYS.contains(field.getKey())) {
                    return "lookups into an index are refused (key '" + field.getKey() + "'): the search API "
                            + "only reads the catalog's own documents";
                }
                String problem = lookupProblem(field.getValue());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String problem = lookupProblem(element);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static CatalogSearchReply refused(String reason) {
        return new CatalogSearchReply(400, JSON.createObjectNode().put("error", reason).toString());
    }
}
