package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.share.ShareNames;
import io.grantline.app.api.ApiTest;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalAccessCheck;
import io.grantline.cloud.local.LocalIam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The share operations as data.all's clients send them, and the world the share tests share, created once for the
 * suite because every environment and dataset costs a CDK synthesis: an organization; a producing environment (its
 * own account) administered by the producers, holding a crawled dataset (tables customers and orders, folders raw
 * and curated), an auto-approval dataset and a dataset whose shares expire; a consuming environment in a second
 * account administered by the consumers (whose team role its stack made); and an environment of the consumers in
 * another region. A share is one per dataset, environment, team and principal, so tests that need a share of their
 * own request it for a consumption role of their own (an IAM role made in the consuming account, as its owner
 * would, and added to the consuming environment).
 */
abstract class ShareApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    static final String OTHER_REGION = "us-east-1";
    /** Stacks, crawls and share processing run in the background behind every other test's CDK syntheses. */
    static final Duration CLOUD_WAIT = Duration.ofMinutes(5);

    static final String ITEM_FIELDS = """
            shareItemUri shareUri itemUri itemType itemName status action healthStatus healthMessage
            lastVerificationTime attachedDataFilterUri""";
    static final String SHARE_FIELDS = """
            shareUri status owner group alreadyExisted userRoleForShareObject canViewLogs policyManagement
            permissions requestPurpose
            rejectPurpose extensionReason shareExpirationPeriod nonExpirable expiryDate requestedExpiryDate
            submittedForExtension existingSharedItems
            dataset { datasetUri datasetName SamlAdminGroupName AwsAccountId region exists }
            environment { environmentUri }
            principal { principalId principalType principalRoleName SamlGroupName }
            statistics { sharedItems pendingItems failedItems revokedItems }
            items(filter: {isShared: true, pageSize: 100}) { count nodes { %s } }""".formatted(ITEM_FIELDS);

    static final String CREATE_SHARE = """
            mutation($dataset: String!, $input: NewShareObjectInput!, $itemType: String, $itemUri: String) {
              createShareObject(datasetUri: $dataset, input: $input, itemType: $itemType, itemUri: $itemUri) { %s }
            }""".formatted(SHARE_FIELDS);
    static final String GET_SHARE = """
            query($share: String!) { getShareObject(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String ADD_ITEM = """
            mutation($share: String!, $input: AddSharedItemInput) {
              addSharedItem(shareUri: $share, input: $input) { %s }
            }""".formatted(ITEM_FIELDS);
    static final String REMOVE_ITEM = """
            mutation($item: String!) { removeSharedItem(shareItemUri: $item) }""";
    static final String SUBMIT = """
            mutation($share: String!) { submitShareObject(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String APPROVE = """
            mutation($share: String!) { approveShareObject(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String REJECT = """
            mutation($share: String!, $purpose: String) {
              rejectShareObject(shareUri: $share, rejectPurpose: $purpose) { %s }
            }""".formatted(SHARE_FIELDS);
    static final String REVOKE = """
            mutation($input: ShareItemSelectorInput) { revokeItemsShareObject(input: $input) { %s } }"""
            .formatted(SHARE_FIELDS);
    static final String DELETE_SHARE = """
            mutation($share: String!, $force: Boolean) { deleteShareObject(shareUri: $share, forceDelete: $force) }""";
    static final String UPDATE_REQUEST_REASON = """
            mutation($share: String!, $purpose: String) {
              updateShareRequestReason(shareUri: $share, requestPurpose: $purpose)
            }""";
    static final String UPDATE_REJECT_REASON = """
            mutation($share: String!, $purpose: String) {
              updateShareRejectReason(shareUri: $share, rejectPurpose: $purpose)
            }""";
    static final String UPDATE_EXPIRATION = """
            mutation($share: String!, $expiration: Int, $nonExpirable: Boolean) {
              updateShareExpirationPeriod(shareUri: $share, expiration: $expiration, nonExpirable: $nonExpirable)
            }""";
    static final String SUBMIT_EXTENSION = """
            mutation($share: String!, $expiration: Int, $reason: String, $nonExpirable: Boolean) {
              submitShareExtension(shareUri: $share, expiration: $expiration, extensionReason: $reason,
                                   nonExpirable: $nonExpirable) { %s }
            }""".formatted(SHARE_FIELDS);
    static final String UPDATE_EXTENSION_REASON = """
            mutation($share: String!, $purpose: String) {
              updateShareExtensionReason(shareUri: $share, extensionPurpose: $purpose)
            }""";
    static final String APPROVE_EXTENSION = """
            mutation($share: String!) { approveShareExtension(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String CANCEL_EXTENSION = """
            mutation($share: String!) { cancelShareExtension(shareUri: $share) }""";
    static final String VERIFY = """
            mutation($input: ShareItemSelectorInput) { verifyItemsShareObject(input: $input) { %s } }"""
            .formatted(SHARE_FIELDS);
    static final String REAPPLY = """
            mutation($input: ShareItemSelectorInput) { reApplyItemsShareObject(input: $input) { %s } }"""
            .formatted(SHARE_FIELDS);
    static final String VERIFY_DATASET = """
            mutation($input: ShareObjectSelectorInput) { verifyDatasetShareObjects(input: $input) }""";
    static final String REAPPLY_DATASET = """
            mutation($dataset: String!) { reApplyShareObjectItemsOnDataset(datasetUri: $dataset) }""";
    static final String UPDATE_ITEM_FILTERS = """
            mutation($input: ModifyFiltersTableShareItemInput!) { updateShareItemFilters(input: $input) }""";
    static final String REMOVE_ITEM_FILTER = """
            mutation($uri: String!) { removeShareItemFilter(attachedDataFilterUri: $uri) }""";
    static final String GET_ITEM_FILTERS = """
            query($uri: String!) {
              getShareItemDataFilters(attachedDataFilterUri: $uri) {
                attachedDataFilterUri label itemUri dataFilterUris dataFilterNames
              }
            }""";
    static final String LIST_FILTERS_BY_ATTACHED = """
            query($uri: String, $filter: DatasetTableFilter) {
              listTableDataFiltersByAttached(attachedDataFilterUri: $uri, filter: $filter) {
                count nodes { filterUri label name filterType }
              }
            }""";
    static final String REQUESTS_TO_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsToMe(filter: $filter) {
                count page pages hasNext hasPrevious nodes { shareUri status userRoleForShareObject }
              }
            }""";
    static final String REQUESTS_FROM_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsFromMe(filter: $filter) {
                count page pages hasNext hasPrevious nodes { shareUri status userRoleForShareObject }
              }
            }""";
    static final String SHARE_LOGS = """
            query($share: String!) { getShareLogs(shareUri: $share) { logGroup logStream message timestamp } }""";
    static final String SEARCH_ENVIRONMENT_ITEMS = """
            query($env: String!, $filter: EnvironmentDataItemFilter) {
              searchEnvironmentDataItems(environmentUri: $env, filter: $filter) {
                count page pages nodes {
                  shareUri datasetUri datasetName itemType itemName environmentUri targetEnvironmentUri principalId
                }
              }
            }""";
    static final String SHARED_DATASET_TABLES = """
            query($dataset: String!, $env: String!) {
              getSharedDatasetTables(datasetUri: $dataset, envUri: $env) { tableUri GlueTableName }
            }""";
    static final String DATASETS_SHARED_WITH_GROUP = """
            query($env: String!, $group: String!) {
              listS3DatasetsSharedWithEnvGroup(environmentUri: $env, groupUri: $group) {
                datasetUri shareUri GlueDatabaseName sharedGlueDatabaseName targetEnvAwsAccountId targetEnvRegion
              }
            }""";
    static final String CONSUMPTION_DATA = """
            query($share: String) {
              getS3ConsumptionData(shareUri: $share) { s3bucketName s3AccessPointName sharedGlueDatabase }
            }""";
    static final String SHARED_ASSUME_ROLE_URL = """
            query($dataset: String) { getDatasetSharedAssumeRoleUrl(datasetUri: $dataset) }""";
    static final String SHARED_TABLE_COLUMNS = """
            query($table: String!, $share: String!, $filter: DatasetTableColumnFilter) {
              listSharedDatasetTableColumns(tableUri: $table, shareUri: $share, filter: $filter) {
                count nodes { name }
              }
            }""";
    static final String DELETE_DATASET = """
            mutation($uri: String!) { deleteDataset(datasetUri: $uri) }""";
    static final String CREATE_TABLE_FILTER = """
            mutation($uri: String!, $input: NewTableDataFilterInput!) {
              createTableDataFilter(tableUri: $uri, input: $input) { filterUri name label }
            }""";
    static final String UPDATE_TENANT_PERMISSIONS = """
            mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""";

    private static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    private static final String INVITE_TO_ORGANIZATION = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";
    private static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    private static final String ENVIRONMENT_STACK = """
            query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status error } } }""";
    private static final String TEAM_ROLES = """
            query($uri: String!) {
              listEnvironmentGroups(environmentUri: $uri) { nodes { groupUri environmentIAMRoleArn } }
            }""";
    private static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri restricted { S3BucketName GlueDatabaseName } }
            }""";
    private static final String DATASET_STACK = """
            query($uri: String!) { getDataset(datasetUri: $uri) { stack { status error } } }""";
    private static final String DATASET_TABLES = """
            query($uri: String!) {
              getDataset(datasetUri: $uri) { tables(filter: {pageSize: 100}) { nodes { tableUri name } } }
            }""";
    private static final String START_CRAWLER = """
            mutation($uri: String, $input: CrawlerInput) { startGlueCrawler(datasetUri: $uri, input: $input) { status } }""";
    private static final String CREATE_FOLDER = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri S3Prefix }
            }""";
    private static final String ADD_CONSUMPTION_PRINCIPAL = """
            mutation($input: AddConsumptionPrincipalToEnvironmentInput!) {
              addConsumptionPrincipalToEnvironment(input: $input) { consumptionPrincipalUri }
            }""";

    /** A dataset of the producers, deployed; tables and folders by name. */
    record Dataset(String datasetUri, String bucketName, String glueDatabaseName, Map<String, String> tables,
                   Map<String, String> folders) {

        String table(String name) {
            return tables.get(name);
        }

        String folder(String prefix) {
            return folders.get(prefix);
        }
    }

    record World(String organizationUri, String ownerTeam, String ownerName, String producingEnvironment,
                 String producingAccount, String consumerTeam, String consumerName, String consumingEnvironment,
                 String consumingAccount, String consumerTeamRoleArn, String otherRegionEnvironment,
                 Dataset crawled, Dataset autoApproval, Dataset expiring) {
    }

    /** Who a share goes to: a consumption role of the consumers, or the consumers' team itself. */
    record Principal(String principalId, String principalType, String roleArn) {
    }

    private static World world;

    @Autowired
    EventStore eventStore;
    @Autowired
    LocalIam localIam;
    @Autowired
    LocalAccessCheck accessCheck;
    @Value("${grantline.data-dir}")
    Path dataDir;

    World shared;
    /** A member of the dataset's owner team: the approver. */
    User owner;
    /** A member of the consuming environment's admin team: the requester. */
    User requester;

    @BeforeEach
    void joinTheSharedWorld() {
        shared = sharedWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        requester = signIn(shared.consumerName(), shared.consumerTeam());
    }

    // ---- principals and shares

    /** A new IAM role in the consuming account, added to the consuming environment as the consumers' principal. */
    Principal consumptionRole() {
        String name = unique("analytics").replace('-', '_');
        localIam.createPrincipal(shared.consumingAccount(), new IamPrincipal(IamPrincipal.Type.ROLE, name));
        String arn = "arn:aws:iam::" + shared.consumingAccount() + ":role/" + name;
        String uri = requester.graphql(ADD_CONSUMPTION_PRINCIPAL, "input", map("environmentUri",
                        shared.consumingEnvironment(), "consumptionPrincipalName", name, "groupUri",
                        shared.consumerTeam(), "IAMPrincipalArn", arn, "dataallManaged", "FULLY_MANAGED"))
                .text("addConsumptionPrincipalToEnvironment.consumptionPrincipalUri");
        return new Principal(uri, "ConsumptionRole", arn);
    }

    Principal consumerTeam() {
        return new Principal(shared.consumerTeam(), "Group", shared.consumerTeamRoleArn());
    }

    /** Read unless told; two months where the dataset expires its shares (other datasets ignore the period). */
    Map<String, Object> shareInput(Principal principal, String... permissions) {
        return map("environmentUri", shared.consumingEnvironment(), "groupUri", shared.consumerTeam(),
                "principalId", principal.principalId(), "principalType", principal.principalType(),
                "permissions", permissions.length == 0 ? List.of("Read") : List.of(permissions),
                "requestPurpose", "Monthly sales report", "shareExpirationPeriod", 2);
    }

    GraphQl create(User user, String datasetUri, Map<String, Object> input) {
        return user.graphql(CREATE_SHARE, "dataset", datasetUri, "input", input);
    }

    /** A Draft share of the dataset requested by the consumers for the principal (Read). */
    String requestShare(String datasetUri, Principal principal) {
        return create(requester, datasetUri, shareInput(principal)).text("createShareObject.shareUri");
    }

    String addItem(String shareUri, String itemType, String itemUri) {
        return requester.graphql(ADD_ITEM, "share", shareUri, "input", map("itemType", itemType, "itemUri", itemUri))
                .text("addSharedItem.shareItemUri");
    }

    /** A Submitted share of the crawled dataset's customers table for a new consumption role. */
    String submittedShare() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("customers"));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        return shareUri;
    }

    /** Item types and uris of the crawled dataset: the customers table, the raw folder and the bucket. */
    Map<String, String> tableFolderAndBucket() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put(shared.crawled().table("customers"), "Table");
        items.put(shared.crawled().folder("raw"), "StorageLocation");
        items.put(shared.crawled().datasetUri(), "S3Bucket");
        return items;
    }

    /** Requests, submits and approves the items (item uri to type) and waits until the share is Processed. */
    String processedShare(String datasetUri, Principal principal, Map<String, String> items) {
        String shareUri = requestShare(datasetUri, principal);
        items.forEach((itemUri, itemType) -> addItem(shareUri, itemType, itemUri));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
        awaitItems(shareUri, "Processed", "Share_Succeeded");
        return shareUri;
    }

    /** A Processed share of the expiring dataset's bucket for a new consumption role. */
    String processedExpiringShare() {
        return processedShare(shared.expiring().datasetUri(), consumptionRole(),
                Map.of(shared.expiring().datasetUri(), "S3Bucket"));
    }

    JsonNode share(User user, String shareUri) {
        return user.graphql(GET_SHARE, "share", shareUri).data("getShareObject");
    }

    /** The items of the share by share item uri. */
    Map<String, JsonNode> items(String shareUri) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        share(requester, shareUri).get("items").get("nodes")
                .forEach(item -> items.put(item.get("shareItemUri").asText(), item));
        return items;
    }

    String itemOf(String shareUri, String itemUri) {
        return items(shareUri).values().stream().filter(item -> item.get("itemUri").asText().equals(itemUri))
                .map(item -> item.get("shareItemUri").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("share " + shareUri + " holds no item " + itemUri));
    }

    Map<String, Object> selection(String shareUri, List<String> shareItemUris) {
        return map("shareUri", shareUri, "itemUris", shareItemUris);
    }

    Map<String, Object> allItems(String shareUri) {
        return selection(shareUri, new ArrayList<>(items(shareUri).keySet()));
    }

    /** Polls getShareObject until the share is in the status and every item of it in the item status. */
    JsonNode awaitItems(String shareUri, String shareStatus, String itemStatus) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        awaitCloud("share " + shareUri + " to be " + shareStatus + " with items " + itemStatus).untilAsserted(() -> {
            JsonNode share = share(requester, shareUri);
            last.set(share);
            assertThat(share.get("status").asText()).isEqualTo(shareStatus);
            assertThat(texts(share.get("items").get("nodes"), "status")).isNotEmpty()
                    .allSatisfy(status -> assertThat(status).isEqualTo(itemStatus));
        });
        return last.get();
    }

    /** Polls until every item of the share has the health status; answers the items. */
    Map<String, JsonNode> awaitHealth(String shareUri, String healthStatus) {
        AtomicReference<Map<String, JsonNode>> last = new AtomicReference<>();
        awaitCloud("items of share " + shareUri + " to be " + healthStatus).untilAsserted(() -> {
            last.set(items(shareUri));
            assertThat(last.get().values()).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.get("healthStatus").asText()).isEqualTo(healthStatus));
        });
        return last.get();
    }

    static ConditionFactory awaitCloud(String what) {
        return Awaitility.await(what).atMost(CLOUD_WAIT).pollInterval(Duration.ofMillis(250));
    }

    // ---- what the local cloud lets the principal read

    /** The table through its resource link in the shared database of the principal's account. */
    boolean canReadTable(Principal principal, Dataset dataset, String tableName) {
        return accessCheck.canReadTable(principal.roleArn(), shared.consumingAccount(), REGION,
                ShareNames.sharedDatabaseName(dataset.glueDatabaseName()), tableName);
    }

    boolean canReadObject(Principal principal, Dataset dataset, String key) {
        return accessCheck.canReadObject(principal.roleArn(), dataset.bucketName(), key);
    }

    // ---- users

    /** A user whose only team lacks MANAGE_SHARES. */
    User withoutManageShares() {
        String team = unique("no-shares");
        admin().graphql(UPDATE_TENANT_PERMISSIONS, "input",
                map("groupUri", team, "permissions", List.of("MANAGE_DATASETS"))).data("updateGroupTenantPermissions");
        return signIn(unique("restricted"), team);
    }

    /** Holds every tenant permission but has nothing to do with the share. */
    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    User admin() {
        return signIn(unique("admin"), "DAAdministrators");
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    static void assertWithoutManageShares(String error, User user) {
        assertUnauthorized(error, user, "MANAGE_SHARES", "dataall");
    }

    /** data.all refuses an unknown uri either as not found or, when the permission check comes first, on that uri. */
    static void assertRefusedAsUnknown(String error, String uri) {
        assertThat(error).contains(uri).containsAnyOf("ObjectNotFound", "UnauthorizedOperation");
    }

    // ---- nothing changed

    List<String> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    /** Runs a call that must be refused, checks that it recorded nothing on the share, and answers the error. */
    /** How many shares of the dataset the requester's listing finds. */
    int sharesFromMe(String datasetUri) {
        return requester.graphql(REQUESTS_FROM_ME, "filter", map("datasets_uris", List.of(datasetUri),
                "pageSize", 1)).data("getShareRequestsFromMe.count").asInt();
    }

    String refusedWithoutChange(String shareUri, Supplier<GraphQl> call) {
        List<String> before = eventsOf(shareUri);
        String error = call.get().error();
        assertThat(eventsOf(shareUri)).as("events of share %s after a refused call", shareUri).isEqualTo(before);
        return error;
    }

    // ---- small helpers

    // ---- the shared world

    private World sharedWorld() {
        synchronized (ShareApiSupport.class) {
            if (world == null) {
                world = buildWorld();
            }
            return world;
        }
    }

    private World buildWorld() {
        String ownerTeam = unique("producers");
        User producer = signIn(unique("producer"), ownerTeam);
        String organization = producer.graphql(CREATE_ORGANIZATION, "input",
                map("label", "Sharing", "SamlGroupName", ownerTeam)).text("createOrganization.organizationUri");
        String producingAccount = randomAccount();
        String producing = createEnvironment(producer, organization, ownerTeam, producingAccount, REGION);

        String consumerTeam = unique("consumers");
        producer.graphql(INVITE_TO_ORGANIZATION, "input", map("organizationUri", organization, "groupUri",
                consumerTeam, "permissions", List.of("LINK_ENVIRONMENT"))).data("inviteGroupToOrganization");
        User consumer = signIn(unique("consumer"), consumerTeam);
        String consumingAccount = randomAccount();
        String consuming = createEnvironment(consumer, organization, consumerTeam, consumingAccount, REGION);
        String otherRegion = createEnvironment(consumer, organization, consumerTeam, randomAccount(), OTHER_REGION);

        Dataset crawled = crawledDataset(producer, organization, producing, ownerTeam);
        Dataset autoApproval = deployedDataset(producer, map("label", unique("auto"), "organizationUri",
                organization, "environmentUri", producing, "SamlAdminGroupName", ownerTeam,
                "autoApprovalEnabled", true));
        Dataset expiring = deployedDataset(producer, map("label", unique("expiring"), "organizationUri",
                organization, "environmentUri", producing, "SamlAdminGroupName", ownerTeam,
                "enableExpiration", true, "expirySetting", "Monthly", "expiryMinDuration", 1,
                "expiryMaxDuration", 6));
        awaitEnvironmentStack(producer, producing);
        awaitEnvironmentStack(consumer, consuming);
        String consumerRole = teamRole(consumer, consuming, consumerTeam);
        return new World(organization, ownerTeam, producer.username, producing, producingAccount, consumerTeam,
                consumer.username, consuming, consumingAccount, consumerRole, otherRegion, crawled, autoApproval,
                expiring);
    }

    private static String createEnvironment(User user, String organization, String team, String account,
                                            String region) {
        return user.graphql(CREATE_ENVIRONMENT, "input", map("label", "Lake of " + team, "organizationUri",
                organization, "SamlGroupName", team, "AwsAccountId", account, "region", region))
                .text("createEnvironment.environmentUri");
    }

    /** Deployed: created, or updated again once a dataset of the environment was deployed. */
    private static void awaitEnvironmentStack(User user, String environmentUri) {
        awaitCloud("stack of environment " + environmentUri).untilAsserted(() ->
                assertThat(user.graphql(ENVIRONMENT_STACK, "uri", environmentUri)
                        .text("getEnvironment.stack.status")).isIn("CREATE_COMPLETE", "UPDATE_COMPLETE"));
    }

    private static String teamRole(User user, String environmentUri, String team) {
        JsonNode teams = user.graphql(TEAM_ROLES, "uri", environmentUri).data("listEnvironmentGroups.nodes");
        for (JsonNode node : teams) {
            if (node.get("groupUri").asText().equals(team)) {
                return node.get("environmentIAMRoleArn").asText();
            }
        }
        throw new AssertionError("team " + team + " has no role in environment " + environmentUri);
    }

    private static Dataset deployedDataset(User producer, Map<String, Object> input) {
        JsonNode created = producer.graphql(CREATE_DATASET, "input", input).data("createDataset");
        String uri = created.get("datasetUri").asText();
        awaitCloud("stack of dataset " + uri).untilAsserted(() ->
                assertThat(producer.graphql(DATASET_STACK, "uri", uri).text("getDataset.stack.status"))
                        .isEqualTo("CREATE_COMPLETE"));
        return new Dataset(uri, created.get("restricted").get("S3BucketName").asText(),
                created.get("restricted").get("GlueDatabaseName").asText(), Map.of(), Map.of());
    }

    private Dataset crawledDataset(User producer, String organization, String environment, String team) {
        Dataset deployed = deployedDataset(producer, map("label", unique("sales"), "organizationUri", organization,
                "environmentUri", environment, "SamlAdminGroupName", team, "description", "Sales of the month"));
        dropFile(deployed.bucketName(), "customers/customers.csv", "id,name,active\n1,Ada,true\n2,Grace,false\n");
        dropFile(deployed.bucketName(), "orders/orders.csv", "order_id,amount\n101,12.5\n102,40.0\n");
        producer.graphql(START_CRAWLER, "uri", deployed.datasetUri(), "input", map("prefix", ""))
                .data("startGlueCrawler");
        Map<String, String> tables = new HashMap<>();
        awaitCloud("tables of dataset " + deployed.datasetUri()).untilAsserted(() -> {
            tables.clear();
            producer.graphql(DATASET_TABLES, "uri", deployed.datasetUri()).data("getDataset.tables.nodes")
                    .forEach(table -> tables.put(table.get("name").asText(), table.get("tableUri").asText()));
            assertThat(tables).containsKeys("customers", "orders");
        });
        Map<String, String> folders = new HashMap<>();
        for (String prefix : List.of("raw", "curated")) {
            folders.put(prefix, producer.graphql(CREATE_FOLDER, "uri", deployed.datasetUri(), "input",
                    map("label", prefix, "prefix", prefix)).text("createDatasetStorageLocation.locationUri"));
        }
        return new Dataset(deployed.datasetUri(), deployed.bucketName(), deployed.glueDatabaseName(),
                Map.copyOf(tables), Map.copyOf(folders));
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
