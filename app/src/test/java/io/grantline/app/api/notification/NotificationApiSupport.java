package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

/**
 * The notification operations as data.all's clients send them, and the world the notification tests share: a
 * producing team with its environment, a consuming team with its own in another account, both in one organization,
 * created once. Notifications come from real shares driven through the share API: each test requests a dataset of
 * its own, so that the share (and its notifications) are its own. The notifications processor runs behind the API,
 * so tests wait for a notification to appear, and every submission waits for its notification before going on: the
 * owner team's notifications are settled whenever a test starts.
 */
abstract class NotificationApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(60);

    static final String NOTIFICATION_FIELDS = "notificationUri type message username target_uri is_read created updated";
    static final String LIST = """
            query($filter: NotificationFilter) {
              listNotifications(filter: $filter) { count page pages hasNext hasPrevious nodes { %s } }
            }""".formatted(NOTIFICATION_FIELDS);
    static final String COUNT_UNREAD = """
            query { countUnreadNotifications }""";
    static final String MARK_READ = """
            mutation($uri: String) { markNotificationAsRead(notificationUri: $uri) }""";
    static final String MARK_ALL_READ = """
            mutation { markAllNotificationsAsRead }""";

    static final String CREATE_SHARE = """
            mutation($dataset: String!, $input: NewShareObjectInput!) {
              createShareObject(datasetUri: $dataset, input: $input) { shareUri dataset { datasetName } }
            }""";
    static final String ADD_ITEM = """
            mutation($share: String!, $input: AddSharedItemInput) {
              addSharedItem(shareUri: $share, input: $input) { shareItemUri }
            }""";
    static final String SUBMIT = """
            mutation($share: String!) { submitShareObject(shareUri: $share) { shareUri status } }""";
    static final String APPROVE = """
            mutation($share: String!) { approveShareObject(shareUri: $share) { shareUri status } }""";
    static final String REJECT = """
            mutation($share: String!, $purpose: String) {
              rejectShareObject(shareUri: $share, rejectPurpose: $purpose) { shareUri status }
            }""";

    record World(String organizationUri, String ownerTeam, String ownerName, String producingEnvironment,
                 String requesterTeam, String requesterName, String consumingEnvironment) {
    }

    /** A submitted share of a dataset of its own, and the notification its owner team received. */
    record SubmittedShare(String shareUri, String datasetUri, String datasetName, JsonNode notification) {

        String targetUri() {
            return shareUri + "|" + datasetUri;
        }

        String notificationUri() {
            return notification.get("notificationUri").asText();
        }
    }

    private static World world;

    World shared;
    User owner;
    User requester;

    @BeforeEach
    void joinTheSharedWorld() {
        shared = sharedWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        requester = signIn(shared.requesterName(), shared.requesterTeam());
    }

    // ---- the operations

    JsonNode list(User user, Map<String, Object> filter) {
        return user.graphql(LIST, "filter", filter).data("listNotifications");
    }

    int countUnread(User user) {
        return user.graphql(COUNT_UNREAD).data("countUnreadNotifications").asInt();
    }

    GraphQl markRead(User user, String notificationUri) {
        return user.graphql(MARK_READ, "uri", notificationUri);
    }

    GraphQl markAllRead(User user) {
        return user.graphql(MARK_ALL_READ);
    }

    /** The user's notification about the share's target of that type, as listNotifications answers it. */
    Optional<JsonNode> notificationAbout(User user, String targetUri, String type) {
        for (JsonNode node : list(user, map("pageSize", 1000)).get("nodes")) {
            if (node.get("target_uri").asText().equals(targetUri) && node.get("type").asText().equals(type)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    JsonNode awaitNotification(User user, String targetUri, String type) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        Awaitility.await(type + " notification about " + targetUri + " for " + user.username)
                .atMost(NOTIFICATION_WAIT).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    found.set(notificationAbout(user, targetUri, type).orElse(null));
                    assertThat(found.get()).isNotNull();
                });
        return found.get();
    }

    // ---- shares that cause notifications

    /** The requesting team asks for a new dataset's bucket and submits; its owner team is notified. */
    SubmittedShare submittedShare() {
        String datasetUri = owner.graphql("""
                mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }""",
                "input", map("label", unique("orders"), "organizationUri", shared.organizationUri(),
                        "environmentUri", shared.producingEnvironment(), "SamlAdminGroupName", shared.ownerTeam(),
                        "description", "Orders of the month")).text("createDataset.datasetUri");
        JsonNode share = requester.graphql(CREATE_SHARE, "dataset", datasetUri, "input", map(
                "environmentUri", shared.consumingEnvironment(), "groupUri", shared.requesterTeam(),
                "principalId", shared.requesterTeam(), "principalType", "Group", "permissions", List.of("Read"),
                "requestPurpose", "Monthly report")).data("createShareObject");
        String shareUri = share.get("shareUri").asText();
        requester.graphql(ADD_ITEM, "share", shareUri, "input", map("itemType", "S3Bucket", "itemUri", datasetUri))
                .data("addSharedItem");
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        JsonNode notification = awaitNotification(owner, shareUri + "|" + datasetUri, "SHARE_OBJECT_SUBMITTED");
        return new SubmittedShare(shareUri, datasetUri, share.get("dataset").get("datasetName").asText(),
                notification);
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    /** Another member of the dataset's owner team. */
    User ownerTeamMember() {
        return signIn(unique("colleague"), shared.ownerTeam());
    }

    static List<String> uris(JsonNode page) {
        List<String> uris = new ArrayList<>();
        page.get("nodes").forEach(node -> uris.add(node.get("notificationUri").asText()));
        return uris;
    }

    // ---- the shared world

    private World sharedWorld() {
        synchronized (NotificationApiSupport.class) {
            if (world == null) {
                String ownerTeam = unique("notified-producers");
                User producer = signIn(unique("producer"), ownerTeam);
                String organization = producer.graphql("""
                        mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""",
                        "input", map("label", "Notifications", "SamlGroupName", ownerTeam))
                        .text("createOrganization.organizationUri");
                String producing = createEnvironment(producer, organization, ownerTeam);
                String requesterTeam = unique("notified-consumers");
                producer.graphql("""
                        mutation($input: InviteGroupToOrganizationInput!) {
                          inviteGroupToOrganization(input: $input) { organizationUri }
                        }""", "input", map("organizationUri", organization, "groupUri", requesterTeam,
                        "permissions", List.of("LINK_ENVIRONMENT"))).data("inviteGroupToOrganization");
                User consumer = signIn(unique("consumer"), requesterTeam);
                String consuming = createEnvironment(consumer, organization, requesterTeam);
                world = new World(organization, ownerTeam, producer.username, producing, requesterTeam,
                        consumer.username, consuming);
            }
            return world;
        }
    }

    private static String createEnvironment(User user, String organization, String team) {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        return user.graphql("""
                mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""",
                "input", map("label", "Lake of " + team, "organizationUri", organization, "SamlGroupName", team,
                        "AwsAccountId", account, "region", REGION)).text("createEnvironment.environmentUri");
    }
}
