package io.grantline.app.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

/**
 * The world the history tests share (an organization and an environment of one team, made once: every environment
 * costs a CDK synthesis), datasets of their own, and the history as governanceHistory and the export answer it.
 */
abstract class HistoryApiSupport extends ApiTest {

    static final String EVENT_FIELDS = """
            eventId position time actor action aggregateUri resourceUri resourceType summary correlationId
            causationId changes { field before after }""";
    static final String HISTORY = """
            query($uri: String!, $filter: GovernanceHistoryFilter) {
              governanceHistory(resourceUri: $uri, filter: $filter) {
                count page pages hasNext hasPrevious nodes { %s }
              }
            }""".formatted(EVENT_FIELDS);
    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri label restricted { KmsAlias } }
            }""";
    static final String UPDATE_DATASET = """
            mutation($uri: String, $input: ModifyDatasetInput) {
              updateDataset(datasetUri: $uri, input: $input) { datasetUri label description }
            }""";
    static final String DELETE_DATASET = """
            mutation($uri: String!) { deleteDataset(datasetUri: $uri, deleteFromAWS: false) }""";
    static final String CREATE_FOLDER = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri }
            }""";
    static final String UPDATE_FOLDER = """
            mutation($uri: String, $input: ModifyDatasetStorageLocationInput) {
              updateDatasetStorageLocation(locationUri: $uri, input: $input) { locationUri description }
            }""";
    static final String ADMIN_GROUP = "DAAdministrators";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record World(String team, String ownerName, String organizationUri, String environmentUri) {
    }

    /** A dataset made by a test: its uri and the KMS alias updateDataset needs. */
    record Dataset(String datasetUri, String kmsAlias) {
    }

    private static World world;

    World shared;
    User owner;

    @BeforeEach
    void joinTheSharedWorld() {
        synchronized (HistoryApiSupport.class) {
            if (world == null) {
                String team = unique("auditors");
                User first = signIn(unique("history-owner"), team);
                String organization = first.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Audited", "SamlGroupName", team)).text("createOrganization.organizationUri");
                String environment = first.graphql(CREATE_ENVIRONMENT, "input", map("label", "Audited lake",
                        "organizationUri", organization, "SamlGroupName", team, "AwsAccountId", randomAccount(),
                        "region", "eu-west-1")).text("createEnvironment.environmentUri");
                world = new World(team, first.username, organization, environment);
            }
            shared = world;
        }
        owner = signIn(shared.ownerName(), shared.team());
    }

    Dataset createDataset(String label, String description) {
        JsonNode created = owner.graphql(CREATE_DATASET, "input", map("label", label, "organizationUri",
                shared.organizationUri(), "environmentUri", shared.environmentUri(), "SamlAdminGroupName",
                shared.team(), "description", description, "tags", List.of("audit"), "topics", List.of("Sales")))
                .data("createDataset");
        return new Dataset(created.get("datasetUri").asText(), created.get("restricted").get("KmsAlias").asText());
    }

    JsonNode updateDataset(User user, Dataset dataset, Object... changes) {
        Map<String, Object> input = map(changes);
        input.putIfAbsent("KmsAlias", dataset.kmsAlias());
        return user.graphql(UPDATE_DATASET, "uri", dataset.datasetUri(), "input", input).data("updateDataset");
    }

    GraphQl history(User user, String resourceUri, Map<String, Object> filter) {
        return user.graphql(HISTORY, "uri", resourceUri, "filter", filter);
    }

    JsonNode historyPage(User user, String resourceUri, Map<String, Object> filter) {
        return history(user, resourceUri, filter).data("governanceHistory");
    }

    /** The governance processor follows the event store on its own: waits until the history shows what is asked. */
    JsonNode awaitHistory(User user, String resourceUri, Predicate<JsonNode> shows) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await("history of " + resourceUri).atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    last.set(historyPage(user, resourceUri, map("pageSize", 1000)));
                    assertThat(shows.test(last.get())).as("history of %s: %s", resourceUri, last.get()).isTrue();
                });
        return last.get();
    }

    static List<String> actions(JsonNode page) {
        return texts(page.get("nodes"), "action");
    }

    static boolean hasAction(JsonNode page, String action) {
        return actions(page).contains(action);
    }

    static JsonNode first(JsonNode page, String action) {
        for (JsonNode node : page.get("nodes")) {
            if (node.get("action").asText().equals(action)) {
                return node;
            }
        }
        throw new AssertionError("no " + action + " in " + page);
    }

    /** The change of a field in an event, as {before, after}. */
    static Map<String, String> change(JsonNode event, String field) {
        for (JsonNode change : event.get("changes")) {
            if (change.get("field").asText().equals(field)) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("before", change.get("before").isNull() ? null : change.get("before").asText());
                values.put("after", change.get("after").isNull() ? null : change.get("after").asText());
                return values;
            }
        }
        throw new AssertionError("no change of " + field + " in " + event);
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    User admin() {
        return signIn(unique("admin"), ADMIN_GROUP);
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    // ---- the export

    record Download(int status, String contentType, String disposition, String body) {
    }

    Download export(String token, Object... parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(parameters[i]).append('=')
                    .append(URLEncoder.encode(String.valueOf(parameters[i + 1]), StandardCharsets.UTF_8));
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/history/export" + query)).GET();
            if (token != null) {
                request.header("authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Download(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    response.headers().firstValue("content-disposition").orElse(""), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET /history/export failed", e);
        }
    }
}
