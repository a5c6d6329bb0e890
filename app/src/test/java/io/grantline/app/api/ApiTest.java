package io.grantline.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.app.GrantlineApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the API tests: GraphQL over HTTP against the whole application, signed in through the local
 * token issuer. Every test class shares one application context (and so one PostgreSQL).
 */
@SpringBootTest(classes = GrantlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
public abstract class ApiTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    /** GraphQL variables from name/value pairs; a value may be null, as an explicit null argument. */
    protected static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    protected static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    protected static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Twelve digits no other test uses: the suite shares one database, and an account/region is linked once. */
    protected static String randomAccount() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }

    /** A name no other test uses, so tests sharing the database never see each other's data. */
    protected static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + UNIQUE.incrementAndGet();
    }

    protected User signIn(String username, String... groups) {
        JsonNode response = post("/auth/local/token", null,
                Map.of("username", username, "groups", List.of(groups))).body;
        return new User(username, response.get("token").asText());
    }

    protected Response post(String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call to " + path + " failed", e);
        }
    }

    /** A user signed in with a token; sends GraphQL documents with variables given as name/value pairs. */
    protected class User {

        public final String username;
        public final String token;

        User(String username, String token) {
            this.username = username;
            this.token = token;
        }

        public GraphQl graphql(String document, Object... variables) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                vars.put((String) variables[i], variables[i + 1]);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", document);
            body.put("variables", vars);
            Response response = post("/graphql", token, body);
            if (response.status != 200) {
                throw new AssertionError("GraphQL answered HTTP " + response.status + ": " + response.body);
            }
            return new GraphQl(response.body);
        }
    }

    public record Response(int status, JsonNode body) {
    }

    /** A GraphQL answer: its data, or its first error. */
    public record GraphQl(JsonNode body) {

        /** The data at a path such as "createOrganization.label"; fails if the call reported errors. */
        public JsonNode data(String path) {
            if (body.has("errors") && !body.get("errors").isEmpty()) {
                throw new AssertionError("Expected data but got errors: " + body.get("errors"));
            }
            JsonNode node = body.get("data");
            for (String part : path.split("\\.")) {
                node = node.get(part);
            }
            return node;
        }

        public String text(String path) {
            JsonNode node = data(path);
            return node == null || node.isNull() ? null : node.asText();
        }

        /** The first error's message; fails if the call succeeded. */
        public String error() {
            if (!body.has("errors") || body.get("errors").isEmpty()) {
                throw new AssertionError("Expected an error but got " + body.get("data"));
            }
            return body.get("errors").get(0).get("message").asText();
        }
    }
}
