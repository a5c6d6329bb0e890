package io.grantline.projections.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The catalog index in OpenSearch (data.all's "dataall-index"): created with its mapping when missing, written in
 * bulk, read with raw search bodies. Raw JSON, because the documents and data.all's search bodies are JSON already.
 */
@Component
public class CatalogIndex implements InitializingBean {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchGenericClient http;
    private final String name;

    public CatalogIndex(OpenSearchClient client, @Value("${grantline.catalog.index:dataall-index}") String name) {
        this.http = client.generic();
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public void afterPropertiesSet() {
        if (call("HEAD", "/" + name, null).status() == 404) {
            try (InputStream mapping = CatalogIndex.class.getResourceAsStream("/catalog/catalog-index.json")) {
                Reply created = call("PUT", "/" + name, new String(mapping.readAllBytes(), StandardCharsets.UTF_8));
                if (created.status() >= 300 && !created.body().contains("resource_already_exists_exception")) {
                    throw new IllegalStateException("the catalog index could not be created: " + created.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the documents (by uri) and deletes the others in one bulk request; fails if any item failed. */
    public void write(Map<String, ObjectNode> documents, Collection<String> deletions) {
        if (documents.isEmpty() && deletions.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, ObjectNode> document : documents.entrySet()) {
                line(bulk, JSON.createObjectNode().set("index", action(document.getKey())));
                line(bulk, document.getValue());
            }
            for (String uri : deletions) {
                line(bulk, JSON.createObjectNode().set("delete", action(uri)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reply reply = call("POST", "/_bulk", Body.from(bulk.toByteArray(), "application/x-ndjson"));
        JsonNode answer = reply.json();
        if (reply.status() >= 300 || answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().next();
                boolean missingDelete = item.has("delete") && result.path("status").asInt() == 404;
                if (result.path("status").asInt() >= 300 && !missingDelete) {
                    throw new IllegalStateException("the catalog index refused " + result);
                }
            }
        }
    }

    /** Runs a search body against the catalog index only and answers OpenSearch's reply. */
    public Reply search(String body) {
        return call("POST", "/" + name + "/_search", body);
    }

    public JsonNode searchJson(JsonNode body) {
        Reply reply = search(body.toString());
        if (reply.status() >= 300) {
            throw new IllegalStateException("catalog search failed: " + reply.body());
        }
        return reply.json();
    }

    /** Removes the documents a rebuild did not write again: those of items no event stream knows any more. */
    public long deleteOlderGenerations(long generation) {
        String query = "{\"query\":{\"bool\":{\"should\":[{\"range\":{\"generation\":{\"lt\":" + generation
                + "}}},{\"bool\":{\"must_not\":{\"exists\":{\"field\":\"generation\"}}}}]}}}";
        Reply reply = call("POST", "/" + name + "/_delete_by_query?refresh=true&conflicts=proceed", query);
        return reply.json().path("deleted").asLong();
    }

    public long count() {
        return call("GET", "/" + name + "/_count", null).json().path("count").asLong();
    }

    /** Makes what was written searchable now, instead of at the next periodic refresh. */
    public void refresh() {
        call("POST", "/" + name + "/_refresh", null);
    }

    public JsonNode document(String uri) {
        Reply reply = call("GET", "/" + name + "/_doc/" + uri, null);
        return reply.status() == 404 ? null : reply.json().path("_source");
    }

    private ObjectNode action(String uri) {
        return JSON.createObjectNode().put("_index", name).put("_id", uri);
    }

    private static void line(ByteArrayOutputStream out, JsonNode json) throws IOException {
        out.write(JSON.writeValueAsBytes(json));
        out.write('\n');
    }

    private Reply call(String method, String endpoint, Object body) {
        String path = endpoint;
        Map<String, String> query = Map.of();
        int question = endpoint.indexOf('?');
        if (question >= 0) {
            path = endpoint.substring(0, question);
            query = parameters(endpoint.substring(question + 1));
        }
        var request = Requests.builder().method(method).endpoint(path).query(query);
        if (body instanceof String json) {
            request.json(json);
        } else if (body instanceof Body raw) {
            request.body(raw);
        }
        try (Response response = http.execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("");
            return new Reply(response.getStatus(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not answer " + method + " " + endpoint, e);
        }
    }

    private static Map<String, String> parameters(String query) {
        return List.of(query.split("&")).stream().map(pair -> pair.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }

    /** OpenSearch's answer: its HTTP status and JSON body. */
    public record Reply(int status, String body) {

        public JsonNode json() {
            try {
                return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
