package io.grantline.app.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import io.grantline.app.live.LiveEventHub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GraphQL subscriptions over a real WebSocket against the whole application, and the world their tests share,
 * created once: an organization, a producing environment of the owner team and a consuming environment of the
 * requesting team (another account), both deployed. Each test requests a dataset of its own, so that its share and
 * its notifications are its own. A subscription counts as open once the hub has it (the protocol acknowledges no
 * subscribe), so tests act only after that; every socket is closed after the test, and the hub is back to none.
 */
abstract class LiveApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    static final Duration CLOUD_WAIT = Duration.ofMinutes(5);
    static final Duration LIVE_WAIT = Duration.ofSeconds(60);

    static final String SHARE_STATUS = """
            subscription($share: String) {
              shareStatusChanged(shareUri: $share) {
                shareUri status itemStatuses { shareItemUri status } eventType time actor
              }
            }""";
    static final String NOTIFICATIONS = """
            subscription {
              notificationReceived { notificationUri type message username target_uri is_read created updated }
            }""";
    static final String SAGA_RUNS = """
            subscription($kind: String, $target: String) {
              sagaRunChanged(kind: $kind, targetUri: $target) {
                runId kind targetUri targetType state currentStep attempts steps { step attempt }
              }
            }""";

    private static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }""";
    private static final String DATASET_STACK = """
            query($uri: String!) { getDataset(datasetUri: $uri) { stack { status error } } }""";
    private static final String ENVIRONMENT_STACK = """
            query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status error } } }""";
    private static final String CREATE_SHARE = """
            mutation($dataset: String!, $input: NewShareObjectInput!) {
              createShareObject(datasetUri: $dataset, input: $input) { shareUri }
            }""";
    private static final String ADD_ITEM = """
            mutation($share: String!, $input: AddSharedItemInput) {
              addSharedItem(shareUri: $share, input: $input) { shareItemUri }
            }""";
    static final String SUBMIT = """
            mutation($share: String!) { submitShareObject(shareUri: $share) { shareUri status } }""";
    static final String APPROVE = """
            mutation($share: String!) { approveShareObject(shareUri: $share) { shareUri status } }""";

    record World(String organizationUri, String ownerTeam, String ownerName, String producingEnvironment,
                 String requesterTeam, String requesterName, String consumingEnvironment) {
    }

    private static World world;
    private static final AtomicInteger SUBSCRIPTION_IDS = new AtomicInteger();

    @Autowired
    LiveEventHub hub;

    private final List<GraphQlWebSocket> sockets = new ArrayList<>();

    World shared;
    User owner;
    User requester;

    @BeforeEach
    void joinTheSharedWorld() {
        shared = sharedWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        requester = signIn(shared.requesterName(), shared.requesterTeam());
    }

    @AfterEach
    void closeTheSockets() {
        sockets.forEach(GraphQlWebSocket::close);
        sockets.clear();
        live("every subscription ended").until(() -> hub.subscriberCount() == 0);
    }

    // ---- sockets

    GraphQlWebSocket socket() {
        GraphQlWebSocket socket = GraphQlWebSocket.open(port);
        sockets.add(socket);
        return socket;
    }

    /** A socket whose connection_init carried the user's token, acknowledged by the server. */
    GraphQlWebSocket connected(User user) {
        GraphQlWebSocket socket = socket();
        socket.init(user.token);
        live("connection_ack for " + user.username).until(socket::acknowledged);
        return socket;
    }

    /** Subscribes and waits until the subscription is open in the hub; answers the subscription's id. */
    String subscribe(GraphQlWebSocket socket, String query, Object... variables) {
        int before = hub.subscriberCount();
        String id = String.valueOf(SUBSCRIPTION_IDS.incrementAndGet());
        socket.subscribe(id, query, map(variables));
        live("subscription " + id + " open").until(() -> hub.subscriberCount() > before);
        return id;
    }

    /** Subscribes expecting a refusal; answers the error's message. */
    String refusedSubscription(GraphQlWebSocket socket, String query, Object... variables) {
        String id = String.valueOf(SUBSCRIPTION_IDS.incrementAndGet());
        socket.subscribe(id, query, map(variables));
        live("refusal of subscription " + id).until(() -> !socket.errors(id).isEmpty());
        return socket.errors(id).get(0);
    }

    static ConditionFactory live(String what) {
        return Awaitility.await(what).atMost(LIVE_WAIT).pollInterval(Duration.ofMillis(50));
    }

    // ---- what causes pushes

    /** A deployed dataset of the owner team. */
    String dataset() {
        String uri = owner.graphql(CREATE_DATASET, "input", map("label", unique("live"), "organizationUri",
                shared.organizationUri(), "environmentUri", shared.producingEnvironment(), "SamlAdminGroupName",
                shared.ownerTeam(), "description", "Pushed as it changes")).text("createDataset.datasetUri");
        cloud("stack of dataset " + uri).untilAsserted(() ->
                assertThat(owner.graphql(DATASET_STACK, "uri", uri).text("getDataset.stack.status"))
                        .isEqualTo("CREATE_COMPLETE"));
        return uri;
    }

    /** The requesting team's draft request for the dataset's bucket; answers the share's uri. */
    String draftShare(String datasetUri) {
        String shareUri = requester.graphql(CREATE_SHARE, "dataset", datasetUri, "input", map(
                "environmentUri", shared.consumingEnvironment(), "groupUri", shared.requesterTeam(),
                "principalId", shared.requesterTeam(), "principalType", "Group", "permissions", List.of("Read"),
                "requestPurpose", "Live report")).text("createShareObject.shareUri");
        requester.graphql(ADD_ITEM, "share", shareUri, "input", map("itemType", "S3Bucket", "itemUri", datasetUri))
                .data("addSharedItem");
        return shareUri;
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    static List<String> texts(List<JsonNode> nodes, String field) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.path(field).isNull() ? null : node.path(field).asText()));
        return texts;
    }

    static ConditionFactory cloud(String what) {
        return Awaitility.await(what).atMost(CLOUD_WAIT).pollInterval(Duration.ofMillis(200));
    }

    // ---- the shared world

    private World sharedWorld() {
        synchronized (LiveApiSupport.class) {
            if (world == null) {
                world = buildWorld();
            }
            return world;
        }
    }

    private World buildWorld() {
        String ownerTeam = unique("live-producers");
        User producer = signIn(unique("producer"), ownerTeam);
        String organization = producer.graphql("""
                mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""",
                "input", map("label", "Live", "SamlGroupName", ownerTeam)).text("createOrganization.organizationUri");
        String producing = environment(producer, organization, ownerTeam);
        String requesterTeam = unique("live-consumers");
        producer.graphql("""
                mutation($input: InviteGroupToOrganizationInput!) {
                  inviteGroupToOrganization(input: $input) { organizationUri }
                }""", "input", map("organizationUri", organization, "groupUri", requesterTeam,
                "permissions", List.of("LINK_ENVIRONMENT"))).data("inviteGroupToOrganization");
        User consumer = signIn(unique("consumer"), requesterTeam);
        String consuming = environment(consumer, organization, requesterTeam);
        awaitEnvironmentStack(producer, producing);
        awaitEnvironmentStack(consumer, consuming);
        return new World(organization, ownerTeam, producer.username, producing, requesterTeam, consumer.username,
                consuming);
    }

    private static String environment(User user, String organization, String team) {
        return user.graphql("""
                mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""",
                "input", map("label", "Lake of " + team, "organizationUri", organization, "SamlGroupName", team,
                        "AwsAccountId", randomAccount(), "region", REGION)).text("createEnvironment.environmentUri");
    }

    private static void awaitEnvironmentStack(User user, String environmentUri) {
        cloud("stack of environment " + environmentUri).untilAsserted(() ->
                assertThat(user.graphql(ENVIRONMENT_STACK, "uri", environmentUri)
                        .text("getEnvironment.stack.status")).isIn("CREATE_COMPLETE", "UPDATE_COMPLETE"));
    }
}
