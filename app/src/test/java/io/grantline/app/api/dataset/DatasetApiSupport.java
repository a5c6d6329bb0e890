package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The dataset operations as data.all's clients send them, and the world the dataset tests share: one organization
 * with one environment (in an account of the local cloud no other test uses) administered by one team, created once
 * for the whole suite, because every environment and every dataset costs a CDK synthesis in the background.
 * Tests that change a dataset create their own; tests that only read, or that must be refused, use shared ones.
 */
abstract class DatasetApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    /** Stacks, crawlers and profiling jobs run in the background behind every other test's CDK syntheses. */
    static final Duration CLOUD_WAIT = Duration.ofMinutes(5);

    /** Events the cloud reports in the background; every other event on a dataset is a decision someone made. */
    static final Set<String> CLOUD_REPORTS = Set.of("DatasetStackStatusChanged", "GlueCrawlerStatusChanged",
            "DatasetProfilingRunStatusChanged", "DatasetTableColumnWrittenBack", "DatasetStorageLocationPrefixRecorded");

    static final String DATASET_FIELDS = """
            datasetUri label name description tags topics owner owners SamlAdminGroupName stewards confidentiality
            language autoApprovalEnabled enableExpiration expirySetting expiryMinDuration expiryMaxDuration imported
            created updated userRoleForDataset
            environment { environmentUri label region organization { organizationUri } }
            restricted {
              AwsAccountId region S3BucketName GlueDatabaseName GlueCrawlerName IAMDatasetAdminRoleArn KmsAlias
              importedS3Bucket importedGlueDatabase importedKmsKey importedAdminRole
            }
            statistics { tables locations upvotes }
            stack { stackUri status }""";
    static final String PUBLIC_DATASET_FIELDS = """
            datasetUri label description SamlAdminGroupName stewards userRoleForDataset""";
    static final String CREATE = """
            mutation($input: NewDatasetInput!) { createDataset(input: $input) { %s } }""".formatted(DATASET_FIELDS);
    static final String IMPORT = """
            mutation($input: ImportDatasetInput) { importDataset(input: $input) { %s } }""".formatted(DATASET_FIELDS);
    static final String UPDATE = """
            mutation($uri: String, $input: ModifyDatasetInput) {
              updateDataset(datasetUri: $uri, input: $input) { %s }
            }""".formatted(DATASET_FIELDS);
    static final String DELETE = """
            mutation($uri: String!, $fromAws: Boolean) { deleteDataset(datasetUri: $uri, deleteFromAWS: $fromAws) }""";
    static final String GET = """
            query($uri: String!) { getDataset(datasetUri: $uri) { %s } }""".formatted(DATASET_FIELDS);
    static final String GET_PUBLIC = """
            query($uri: String!) { getDataset(datasetUri: $uri) { %s } }""".formatted(PUBLIC_DATASET_FIELDS);
    static final String GET_RESTRICTED = """
            query($uri: String!) { getDataset(datasetUri: $uri) { datasetUri restricted { S3BucketName } } }""";
    static final String GET_TABLES = """
            query($uri: String!) {
              getDataset(datasetUri: $uri) {
                datasetUri statistics { tables locations }
                tables(filter: {pageSize: 100}) { count nodes { tableUri name label } }
                locations(filter: {pageSize: 100}) { count nodes { locationUri label S3Prefix } }
              }
            }""";
    static final String BASE_NODES = """
            count page pages pageSize hasNext hasPrevious
            nodes { datasetUri label SamlAdminGroupName stewards userRoleForDataset AwsAccountId region imported
                    environment { environmentUri } }""";
    static final String LIST = """
            query($filter: DatasetFilter) { listDatasets(filter: $filter) { %s } }""".formatted(BASE_NODES);
    static final String LIST_OWNED = """
            query($filter: DatasetFilter) { listOwnedDatasets(filter: $filter) { %s } }""".formatted(BASE_NODES);
    static final String LIST_IN_ENVIRONMENT = """
            query($env: String!, $filter: DatasetFilter) {
              listDatasetsCreatedInEnvironment(environmentUri: $env, filter: $filter) { %s }
            }""".formatted(BASE_NODES);
    static final String LIST_OWNED_BY_GROUP = """
            query($env: String!, $group: String!, $filter: DatasetFilter) {
              listS3DatasetsOwnedByEnvGroup(environmentUri: $env, groupUri: $group, filter: $filter) {
                count page pages hasNext hasPrevious
                nodes { datasetUri label SamlAdminGroupName restricted { S3BucketName } }
              }
            }""";
    static final String LIST_TABLES_FOLDERS = """
            query($uri: String!, $filter: DatasetFilter) {
              listDatasetTablesFolders(datasetUri: $uri, filter: $filter) {
                count page pages hasNext hasPrevious nodes { name targetType targetUri }
              }
            }""";
    static final String GET_STACK = """
            query($env: String, $stack: String!, $target: String!, $type: String!) {
              getStack(environmentUri: $env, stackUri: $stack, targetUri: $target, targetType: $type) {
                stackUri targetUri environmentUri accountid region stack name status stackid outputs error
              }
            }""";
    static final String UPDATE_STACK = """
            mutation($target: String!, $type: String!) {
              updateStack(targetUri: $target, targetType: $type) { stackUri targetUri stack status }
            }""";
    static final String START_CRAWLER = """
            mutation($uri: String, $input: CrawlerInput) { startGlueCrawler(datasetUri: $uri, input: $input) { Name status } }""";
    static final String SYNC_TABLES = """
            mutation($uri: String!) { syncTables(datasetUri: $uri) }""";

    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri stack { stackUri } } }""";
    static final String INVITE_TO_ORGANIZATION = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";
    static final String INVITE_TO_ENVIRONMENT = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              inviteGroupOnEnvironment(input: $input) { environmentUri }
            }""";
    static final String UPDATE_TENANT_PERMISSIONS = """
            mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""";

    /** The organization and environment every dataset test shares, and its administering team. */
    record World(String team, String ownerName, String organizationUri, String environmentUri, String account) {
    }

    private static World world;

    @Autowired
    EventStore eventStore;
    @Value("${grantline.data-dir}")
    Path dataDir;

    String team;
    User owner;
    String organizationUri;
    String environmentUri;
    String account;

    @BeforeEach
    void joinTheSharedEnvironment() {
        World shared = sharedWorld();
        team = shared.team();
        owner = signIn(shared.ownerName(), shared.team());
        organizationUri = shared.organizationUri();
        environmentUri = shared.environmentUri();
        account = shared.account();
    }

    private World sharedWorld() {
        synchronized (DatasetApiSupport.class) {
            if (world == null) {
                String sharedTeam = unique("data-team");
                User sharedOwner = signIn(unique("data-owner"), sharedTeam);
                String organization = sharedOwner.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Datasets", "SamlGroupName", sharedTeam)).text("createOrganization.organizationUri");
                String sharedAccount = randomAccount();
                String environment = sharedOwner.graphql(CREATE_ENVIRONMENT, "input",
                                environmentInput(organization, sharedTeam, sharedAccount))
                        .text("createEnvironment.environmentUri");
                world = new World(sharedTeam, sharedOwner.username, organization, environment, sharedAccount);
            }
            return world;
        }
    }

    // ---- inputs and small helpers

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    static Map<String, Object> environmentInput(String organization, String group, String awsAccountId) {
        return map("label", "Data Lake", "organizationUri", organization, "SamlGroupName", group,
                "AwsAccountId", awsAccountId, "region", REGION);
    }

    Map<String, Object> datasetInput(String label, String group) {
        return map("label", label, "organizationUri", organizationUri, "environmentUri", environmentUri,
                "SamlAdminGroupName", group, "description", "Orders of the sales team", "tags", List.of("sales"),
                "topics", List.of("Sales"));
    }

    Map<String, Object> importInput(String label, String bucketName) {
        Map<String, Object> input = datasetInput(label, team);
        input.put("bucketName", bucketName);
        input.put("KmsKeyAlias", "");
        input.put("glueDatabaseName", "");
        input.put("adminRoleName", "");
        input.put("owner", owner.username);
        return input;
    }

    GraphQl create(User user, Map<String, Object> input) {
        return user.graphql(CREATE, "input", input);
    }

    /** A new dataset of the shared team, answered as createDataset answers it. */
    JsonNode createDataset(String label) {
        return create(owner, datasetInput(label, team)).data("createDataset");
    }

    String createDatasetUri(String label) {
        return createDataset(label).get("datasetUri").asText();
    }

    JsonNode get(User user, String datasetUri) {
        return user.graphql(GET, "uri", datasetUri).data("getDataset");
    }

    /** The datasets the owner's listings find with a term only this test uses. */
    List<String> ownedWithTerm(String term) {
        return texts(owner.graphql(LIST_OWNED, "filter", map("term", term, "pageSize", 100))
                .data("listOwnedDatasets.nodes"), "datasetUri");
    }

    /**
     * Every dataset with the term in the shared environment (as its admins list them) or visible to the owner: empty
     * after a refused creation.
     */
    List<String> datasetsWithTerm(String term) {
        List<String> found = new ArrayList<>(texts(owner.graphql(LIST_IN_ENVIRONMENT, "env", environmentUri,
                "filter", map("term", term, "pageSize", 100)).data("listDatasetsCreatedInEnvironment.nodes"),
                "datasetUri"));
        found.addAll(texts(owner.graphql(LIST, "filter", map("term", term, "pageSize", 100))
                .data("listDatasets.nodes"), "datasetUri"));
        return found;
    }

    int datasetsInTheEnvironment() {
        return owner.graphql(LIST_IN_ENVIRONMENT, "env", environmentUri, "filter", map("pageSize", 1))
                .data("listDatasetsCreatedInEnvironment.count").asInt();
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    /** A team of the organization invited to the shared environment with the given permissions; one member. */
    User invitedMember(String group, String... permissions) {
        owner.graphql(INVITE_TO_ORGANIZATION, "input", map("organizationUri", organizationUri, "groupUri", group,
                "permissions", List.of())).data("inviteGroupToOrganization");
        owner.graphql(INVITE_TO_ENVIRONMENT, "input", map("environmentUri", environmentUri, "groupUri", group,
                "permissions", List.of(permissions))).data("inviteGroupOnEnvironment");
        return signIn(unique("member"), group);
    }

    User admin() {
        return signIn(unique("admin"), "DAAdministrators");
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    /**
     * A call naming a resource that does not exist is refused naming it: data.all refuses an unknown uri either as
     * not found or, when the permission check comes first, as unauthorized on that uri.
     */
    static void assertRefusedAsUnknown(String error, String uri) {
        assertThat(error).contains(uri).containsAnyOf("ObjectNotFound", "UnauthorizedOperation");
    }

    // ---- nothing changed

    /** The decisions recorded on a dataset: its events, leaving out what the cloud reports in the background. */
    List<String> decisionsOn(String datasetUri) {
        return eventStore.readEvents(datasetUri).asStream()
                .map(event -> event.getPayloadType().getSimpleName())
                .filter(type -> !CLOUD_REPORTS.contains(type))
                .toList();
    }

    /** Runs a call that must be refused, checks it recorded no decision on the dataset, and answers the error. */
    String refusedWithoutChange(String datasetUri, Supplier<GraphQl> call) {
        List<String> before = decisionsOn(datasetUri);
        String error = call.get().error();
        assertThat(decisionsOn(datasetUri)).as("events of dataset %s after a refused call", datasetUri)
                .isEqualTo(before);
        return error;
    }

    // ---- the local cloud

    static ConditionFactory awaitCloud(String what) {
        return Awaitility.await(what).atMost(CLOUD_WAIT).pollInterval(Duration.ofMillis(250));
    }

    /** Polls getDataset until the dataset's stack settles in the given status, and answers the stack. */
    JsonNode awaitDatasetStack(String datasetUri, String status) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        awaitCloud("stack of dataset " + datasetUri + " to reach " + status).untilAsserted(() -> {
            JsonNode stack = owner.graphql("""
                    query($uri: String!) { getDataset(datasetUri: $uri) { stack { stackUri status error } } }""",
                    "uri", datasetUri).data("getDataset.stack");
            last.set(stack);
            assertThat(stack.get("status").asText()).isEqualTo(status);
        });
        return last.get();
    }

    /** The folder the local cloud keeps a bucket in: drop files there as one would upload them to S3. */
    Path bucketFolder(String bucketName) {
        return dataDir.resolve("local-cloud").resolve("buckets").resolve(bucketName);
    }

    void dropFile(String bucketName, String key, String content) {
        Path file = bucketFolder(bucketName).resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not drop " + key + " into bucket " + bucketName, e);
        }
    }

    String bucketOf(String datasetUri) {
        return owner.graphql(GET_RESTRICTED, "uri", datasetUri).text("getDataset.restricted.S3BucketName");
    }

    /** The dataset's tables by name, as getDataset nests them. */
    Map<String, String> tablesOf(String datasetUri) {
        Map<String, String> tables = new HashMap<>();
        owner.graphql(GET_TABLES, "uri", datasetUri).data("getDataset.tables.nodes")
                .forEach(table -> tables.put(table.get("name").asText(), table.get("tableUri").asText()));
        return tables;
    }

    /** Starts the crawler on the whole bucket and waits until every named table is visible on the dataset. */
    Map<String, String> crawlUntilTablesAppear(String datasetUri, String... tableNames) {
        owner.graphql(START_CRAWLER, "uri", datasetUri, "input", map("prefix", "")).data("startGlueCrawler");
        AtomicReference<Map<String, String>> tables = new AtomicReference<>();
        awaitCloud("tables " + List.of(tableNames) + " of dataset " + datasetUri).untilAsserted(() -> {
            tables.set(tablesOf(datasetUri));
            assertThat(tables.get()).containsKeys(tableNames);
        });
        return tables.get();
    }

    // ---- files the tests drop into buckets

    static final String CUSTOMERS_CSV = """
            id,name,signup_date,score,active
            1,Ada,2024-01-05,9.5,true
            2,Grace,2024-02-11,7.25,false
            3,Linus,2024-02-29,8.0,true
            4,Ada,2024-03-20,6.5,false
            """;
    static final String ORDERS_PART_1 = """
            {"order_id": 101, "customer": "Ada", "amount": 12.5, "paid": true}
            {"order_id": 102, "customer": "Grace", "amount": 40.0, "paid": false}
            {"order_id": 103, "customer": "Ada", "amount": null, "paid": true}
            """;
    static final String ORDERS_PART_2 = """
            {"order_id": 104, "customer": null, "amount": 7.25, "paid": true}
            """;
    static final String SCRATCH_CSV = """
            code,label
            A,first
            B,second
            """;

    void dropTheSampleFiles(String bucketName) {
        dropFile(bucketName, "customers/customers.csv", CUSTOMERS_CSV);
        dropFile(bucketName, "orders/part-0001.jsonl", ORDERS_PART_1);
        dropFile(bucketName, "orders/part-0002.jsonl", ORDERS_PART_2);
        dropFile(bucketName, "scratch/scratch.csv", SCRATCH_CSV);
    }

    // ---- the crawled dataset the table, column, folder, filter, preview and profiling tests share

    /**
     * A Secret dataset of the shared team whose stack is deployed and whose bucket holds the sample files, crawled:
     * tables customers (CSV), orders (JSON lines, two files) and scratch (for the tests that delete a table).
     */
    record CrawledDataset(String datasetUri, String bucketName, String glueDatabaseName) {
    }

    private static CrawledDataset crawled;

    CrawledDataset crawledDataset() {
        synchronized (DatasetApiSupport.class) {
            if (crawled == null) {
                Map<String, Object> input = datasetInput(unique("crawled"), team);
                input.put("confidentiality", "Secret");
                JsonNode dataset = create(owner, input).data("createDataset");
                String uri = dataset.get("datasetUri").asText();
                awaitDatasetStack(uri, "CREATE_COMPLETE");
                String bucket = dataset.get("restricted").get("S3BucketName").asText();
                dropTheSampleFiles(bucket);
                crawlUntilTablesAppear(uri, "customers", "orders", "scratch");
                crawled = new CrawledDataset(uri, bucket, dataset.get("restricted").get("GlueDatabaseName").asText());
            }
            return crawled;
        }
    }

    /** The current uri of a table of the crawled dataset; a table a test deleted comes back through syncTables. */
    String crawledTable(String name) {
        CrawledDataset dataset = crawledDataset();
        String tableUri = tablesOf(dataset.datasetUri()).get(name);
        if (tableUri == null) {
            owner.graphql(SYNC_TABLES, "uri", dataset.datasetUri()).data("syncTables");
            tableUri = tablesOf(dataset.datasetUri()).get(name);
        }
        assertThat(tableUri).as("table %s of the crawled dataset", name).isNotNull();
        return tableUri;
    }
}
