package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One signed-in user of the GraphQL API. */
final class GraphQlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    private GraphQlClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static GraphQlClient signIn(String baseUrl, String username, List<String> groups) throws Exception {
        JsonNode answer = post(baseUrl + "/auth/local/token", null, Map.of("username", username, "groups", groups));
        return new GraphQlClient(baseUrl, answer.get("token").asText());
    }

    /** Runs the document and answers its data; any GraphQL error fails the call. */
    JsonNode call(String document, Map<String, Object> variables) throws Exception {
        JsonNode answer = post(baseUrl + "/graphql", token, Map.of("query", document, "variables", variables));
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            throw new IllegalStateException("GraphQL error: " + answer.get("errors").get(0).get("message").asText());
        }
        return answer.get("data");
    }

    private static JsonNode post(String url, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
