package io.grantline.app.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import io.grantline.projections.catalog.CatalogIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** data.all's search endpoint, as its catalog page (ReactiveSearch) calls it. */
class SearchApiTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    EventStore eventStore;
    @Autowired
    CatalogIndex index;

    String marker;
    String datasetUri;
    User reader;

    @BeforeEach
    void aDatasetInTheCatalog() {
        CatalogFixtures facts = new CatalogFixtures(eventStore);
        marker = unique("marker").replace("-", "");
        String organizationUri = unique("org");
        String environmentUri = unique("env");
        datasetUri = unique("ds");
        facts.organization(organizationUri, "Analytics");
        facts.environment(environmentUri, organizationUri, "Data Lake");
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(marker), List.of(),
                "Secret");
        Awaitility.await("catalog document " + datasetUri).atMost(Duration.ofSeconds(30))
                .until(() -> index.document(datasetUri) != null);
        index.refresh();
        reader = signIn(unique("reader"), unique("readers"));
    }

    @Test
    void theQueryLineRunsOnTheCatalogAndOpenSearchsReplyComesBack() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"preference\":\"SearchResult\"}\n"
                + "{\"query\":{\"match\":{\"tags\":\"" + marker + "\"}},\"size\":10}\n");

        JsonNode reply = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(reply.at("/hits/total/value").asInt()).isEqualTo(1);
        assertThat(reply.at("/hits/hits/0/_id").asText()).isEqualTo(datasetUri);
        assertThat(reply.at("/hits/hits/0/_source/label").asText()).isEqualTo("Orders");
    }

    @Test
    void aHeaderNamingTheCatalogIndexIsAccepted() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"index\":\"dataall-index\"}\n"
                + "{\"query\":{\"match_all\":{}},\"size\":0}\n");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anotherIndexIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"index\":\"token_entry\"}\n"
                + "{\"query\":{\"match_all\":{}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("index 'token_entry' is refused");
    }

    @Test
    void everyIndexAtOnceIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"index\":\"_all\"}\n"
                + "{\"query\":{\"match_all\":{}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("index '_all' is refused");
    }

    @Test
    void severalIndicesAtOnceAreRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token,
                "{\"index\":[\"dataall-index\",\"token_entry\"]}\n{\"query\":{\"match_all\":{}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is refused: the search API only reads dataall-index");
    }

    @Test
    void anIndexPatternIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"index\":\"dataall-*\"}\n"
                + "{\"query\":{\"match_all\":{}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("index 'dataall-*' is refused");
    }

    @Test
    void aTermsLookupIntoAnotherIndexIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{}\n{\"query\":{\"terms\":{\"label\":"
                + "{\"index\":\"token_entry\",\"id\":\"1\",\"path\":\"secret\"}}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("lookups into an index are refused (key 'index')");
    }

    @Test
    void aBulkWriteIsRefusedAndWritesNothing() throws Exception {
        HttpResponse<String> response = call("POST", reader.token,
                "{\"index\":{\"_index\":\"dataall-index\",\"_id\":\"planted\"}}\n{\"label\":\"planted\"}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("writes are refused");
        assertThat(index.document("planted")).isNull();
    }

    @Test
    void aDeleteActionIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"preference\":\"x\"}\n{\"query\":{}}\n"
                + "{\"delete\":{\"_index\":\"dataall-index\",\"_id\":\"" + datasetUri + "\"}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(index.document(datasetUri)).isNotNull();
    }

    @Test
    void aSearchKeyOutsideTheReadOnlyOnesIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{}\n"
                + "{\"query\":{\"match_all\":{}},\"script_fields\":{\"x\":{\"script\":\"1\"}}}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("search key 'script_fields' is not allowed");
    }

    @Test
    void aBodyWithoutAQueryLineIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", reader.token, "{\"query\":{\"match_all\":{}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("a header line, then the query line");
    }

    @Test
    void searchingWithoutSigningInIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", null, "{}\n{\"query\":{\"match_all\":{}}}\n");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void onlyPostIsServed() throws Exception {
        HttpResponse<String> response = call("GET", reader.token, null);

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> call(String method, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search/api"))
                .header("content-type", "application/x-ndjson")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
