package io.grantline.app.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.feed.FeedEvents.FeedMessagePosted;
import io.grantline.app.api.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed operations as data.all's clients send them, and the world the feed tests share, created once: a dataset
 * of an owner team, with a stewards team, deployed and crawled so that it has a table (customers), and a folder
 * (raw). Feeds are told apart by target, and each test's messages by a term only it uses.
 */
abstract class FeedApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    /** The dataset's stack and crawler run in the background behind every other test's CDK syntheses. */
    static final Duration CLOUD_WAIT = Duration.ofMinutes(5);

    static final String DATASET = "Dataset";
    static final String TABLE = "DatasetTable";
    static final String FOLDER = "DatasetStorageLocation";

    static final String POST = """
            mutation($uri: String!, $type: String!, $input: FeedMessageInput) {
              postFeedMessage(targetUri: $uri, targetType: $type, input: $input) {
                feedMessageUri content creator created
              }
            }""";
    static final String FEED = """
            query($uri: String!, $type: String!, $filter: FeedMessageFilter) {
              getFeed(targetUri: $uri, targetType: $type) {
                feedTargetUri feedTargetType
                messages(filter: $filter) {
                  count page pages hasNext hasPrevious nodes { feedMessageUri content creator created }
                }
              }
            }""";

    private static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    private static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    private static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri restricted { S3BucketName } }
            }""";
    private static final String DATASET_STACK = """
            query($uri: String!) { getDataset(datasetUri: $uri) { stack { status } } }""";
    private static final String START_CRAWLER = """
            mutation($uri: String, $input: CrawlerInput) { startGlueCrawler(datasetUri: $uri, input: $input) { status } }""";
    private static final String DATASET_TABLES = """
            query($uri: String!) {
              getDataset(datasetUri: $uri) { tables(filter: {pageSize: 100}) { nodes { tableUri name } } }
            }""";
    private static final String CREATE_FOLDER = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri }
            }""";

    /** The shared dataset, its customers table and its raw folder, and the teams that may read them. */
    record World(String ownerTeam, String ownerName, String stewardsTeam, String stewardName, String datasetUri,
                 String tableUri, String folderUri) {
    }

    private static World world;

    @Autowired
    JdbcTemplate jdbc;
    @Value("${grantline.data-dir}")
    Path dataDir;

    /** A member of the dataset's owner team. */
    User owner;
    /** A member of the dataset's stewards team, which data.all lets read the dataset, its tables and folders. */
    User steward;
    String stewardsTeam;
    String datasetUri;
    String tableUri;
    String folderUri;

    @BeforeEach
    void joinTheSharedWorld() {
        World shared = sharedWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        steward = signIn(shared.stewardName(), shared.stewardsTeam());
        stewardsTeam = shared.stewardsTeam();
        datasetUri = shared.datasetUri();
        tableUri = shared.tableUri();
        folderUri = shared.folderUri();
    }

    // ---- calls

    GraphQl post(User user, String targetUri, String targetType, String content) {
        return user.graphql(POST, "uri", targetUri, "type", targetType, "input", map("content", content));
    }

    GraphQl feed(User user, String targetUri, String targetType, Map<String, Object> filter) {
        return user.graphql(FEED, "uri", targetUri, "type", targetType, "filter", filter);
    }

    /** The messages of a target's feed that contain the term, as the owner reads them. */
    JsonNode messagesWith(String targetUri, String targetType, String term) {
        return feed(owner, targetUri, targetType, map("term", term, "pageSize", 100)).data("getFeed.messages");
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    /** Every message ever posted, on any feed: a refused post must not add one. */
    int postedMessages() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype = ?", Integer.class,
                FeedMessagePosted.class.getName());
    }

    /** Runs a call that must be refused, checks that no message was posted anywhere, and answers the error. */
    String refusedWithoutPosting(Supplier<GraphQl> call) {
        int before = postedMessages();
        String error = call.get().error();
        assertThat(postedMessages()).as("messages posted after a refused call").isEqualTo(before);
        return error;
    }

    // ---- the shared world

    private World sharedWorld() {
        synchronized (FeedApiSupport.class) {
            if (world == null) {
                world = buildWorld();
            }
            return world;
        }
    }

    private World buildWorld() {
        String ownerTeam = unique("feed-owners");
        String stewardsTeam = unique("feed-stewards");
        User creator = signIn(unique("feed-owner"), ownerTeam);
        String organization = creator.graphql(CREATE_ORGANIZATION, "input",
                map("label", "Feeds", "SamlGroupName", ownerTeam)).text("createOrganization.organizationUri");
        String environment = creator.graphql(CREATE_ENVIRONMENT, "input", map("label", "Feed lake",
                        "organizationUri", organization, "SamlGroupName", ownerTeam, "AwsAccountId", randomAccount(),
                        "region", REGION))
                .text("createEnvironment.environmentUri");
        JsonNode dataset = creator.graphql(CREATE_DATASET, "input", map("label", unique("feed-sales"),
                "organizationUri", organization, "environmentUri", environment, "SamlAdminGroupName", ownerTeam,
                "stewards", stewardsTeam, "description", "Sales of the month")).data("createDataset");
        String uri = dataset.get("datasetUri").asText();
        awaitCloud("stack of dataset " + uri).untilAsserted(() -> assertThat(
                creator.graphql(DATASET_STACK, "uri", uri).text("getDataset.stack.status")).isEqualTo("CREATE_COMPLETE"));
        dropFile(dataset.get("restricted").get("S3BucketName").asText(), "customers/customers.csv",
                "id,name\n1,Ada\n2,Grace\n");
        creator.graphql(START_CRAWLER, "uri", uri, "input", map("prefix", "")).data("startGlueCrawler");
        Map<String, String> tables = new HashMap<>();
        awaitCloud("the customers table of dataset " + uri).untilAsserted(() -> {
            creator.graphql(DATASET_TABLES, "uri", uri).data("getDataset.tables.nodes")
                    .forEach(table -> tables.put(table.get("name").asText(), table.get("tableUri").asText()));
            assertThat(tables).containsKey("customers");
        });
        String folder = creator.graphql(CREATE_FOLDER, "uri", uri, "input", map("label", "raw", "prefix", "raw"))
                .text("createDatasetStorageLocation.locationUri");
        return new World(ownerTeam, creator.username, stewardsTeam, unique("feed-steward"), uri,
                tables.get("customers"), folder);
    }

    private static ConditionFactory awaitCloud(String what) {
        return Awaitility.await(what).atMost(CLOUD_WAIT).pollInterval(Duration.ofMillis(250));
    }

    private void dropFile(String bucketName, String key, String content) {
        Path file = dataDir.resolve("local-cloud").resolve("buckets").resolve(bucketName).resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not drop " + key + " into bucket " + bucketName, e);
        }
    }
}
