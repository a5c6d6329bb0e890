package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.share.ShareNames;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The share queries, read against one granted share (the crawled dataset's customers table, raw folder and bucket
 * for a consumption role of the consumers), made once for this class.
 */
class ShareQueriesApiTest extends ShareApiSupport {

    private static String granted;
    private static Principal grantee;

    String shareUri;

    @BeforeEach
    void theGrantedShare() {
        synchronized (ShareQueriesApiTest.class) {
            if (granted == null) {
                grantee = consumptionRole();
                granted = processedShare(shared.crawled().datasetUri(), grantee, tableFolderAndBucket());
            }
        }
        shareUri = granted;
    }

    @Test
    void getShareObjectShowsTheShareToBothSidesWithTheirRoles() {
        JsonNode asRequester = share(requester, shareUri);
        JsonNode asApprover = share(owner, shareUri);

        assertThat(asRequester.get("userRoleForShareObject").asText()).isEqualTo("Requesters");
        assertThat(asRequester.get("canViewLogs").asBoolean()).isFalse();
        assertThat(asApprover.get("userRoleForShareObject").asText()).isEqualTo("Approvers");
        assertThat(asApprover.get("canViewLogs").asBoolean()).isTrue();
        assertThat(asApprover.get("items").get("count").asInt()).isEqualTo(3);
        assertThat(asApprover.get("dataset").get("AwsAccountId").asText()).isEqualTo(shared.producingAccount());
    }

    @Test
    void anOutsiderCannotReadTheShare() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(GET_SHARE, "share", shareUri).error(), outsider, "GET_SHARE_OBJECT",
                shareUri);
    }

    @Test
    void readingAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(GET_SHARE, "share", unknown).error(), unknown);
    }

    @Test
    void getShareRequestsToMeListsTheRequestsForTheApproversDatasetsByStatus() {
        assertThat(toMe(owner, "Processed")).contains(shareUri);
        assertThat(toMe(owner, "Draft")).doesNotContain(shareUri);
        assertThat(toMe(requester, "Processed")).doesNotContain(shareUri);
    }

    @Test
    void getShareRequestsToMeOfAnUnknownDatasetIsEmpty() {
        JsonNode page = owner.graphql(REQUESTS_TO_ME, "filter", map("datasets_uris", List.of("nodataset")))
                .data("getShareRequestsToMe");

        assertThat(page.get("count").asInt()).isZero();
    }

    @Test
    void getShareRequestsFromMeListsTheRequestersSharesByStatus() {
        assertThat(fromMe(requester, "Processed")).contains(shareUri);
        assertThat(fromMe(requester, "Submitted")).doesNotContain(shareUri);
        assertThat(fromMe(owner, "Processed")).doesNotContain(shareUri);
        assertThat(fromMe(outsider(), "Processed")).isEmpty();
    }

    @Test
    void getShareRequestsFromMePagesItsAnswer() {
        JsonNode page = requester.graphql(REQUESTS_FROM_ME, "filter", map("pageSize", 1, "page", 1))
                .data("getShareRequestsFromMe");

        assertThat(page.get("nodes")).hasSize(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("count").asInt()).isPositive();
    }

    @Test
    void getShareLogsShowsTheProcessorsRecordToTheApprovers() {
        JsonNode logs = owner.graphql(SHARE_LOGS, "share", shareUri).data("getShareLogs");

        assertThat(logs).isNotEmpty();
        assertThat(logs.findValuesAsText("message")).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void theRequestersCannotReadTheShareLogs() {
        assertUnauthorized(requester.graphql(SHARE_LOGS, "share", shareUri).error(), requester, "View Share Logs",
                shareUri);
    }

    @Test
    void readingTheLogsOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(SHARE_LOGS, "share", unknown).error(), unknown);
    }

    @Test
    void searchEnvironmentDataItemsListsWhatIsSharedIntoTheEnvironment() {
        JsonNode found = requester.graphql(SEARCH_ENVIRONMENT_ITEMS, "env", shared.consumingEnvironment(),
                "filter", map("pageSize", 1000)).data("searchEnvironmentDataItems");

        List<JsonNode> ofTheShare = new java.util.ArrayList<>();
        found.get("nodes").forEach(node -> {
            if (node.get("shareUri").asText().equals(shareUri)) {
                ofTheShare.add(node);
            }
        });
        assertThat(ofTheShare).extracting(node -> node.get("itemType").asText())
                .containsExactlyInAnyOrder("Table", "StorageLocation", "S3Bucket");
        assertThat(ofTheShare).allSatisfy(node -> assertThat(node.get("targetEnvironmentUri").asText())
                .isEqualTo(shared.consumingEnvironment()));
    }

    @Test
    void anOutsiderCannotSearchTheEnvironmentsItems() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(SEARCH_ENVIRONMENT_ITEMS, "env", shared.consumingEnvironment()).error(),
                outsider, "LIST_ENVIRONMENT_SHARED_WITH_OBJECTS", shared.consumingEnvironment());
    }

    @Test
    void searchingAnUnknownEnvironmentIsRefusedNamingIt() {
        String unknown = "noenv" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(SEARCH_ENVIRONMENT_ITEMS, "env", unknown).error(), unknown);
    }

    @Test
    void getSharedDatasetTablesListsTheTablesSharedIntoTheEnvironment() {
        JsonNode tables = requester.graphql(SHARED_DATASET_TABLES, "dataset", shared.crawled().datasetUri(), "env",
                shared.consumingEnvironment()).data("getSharedDatasetTables");

        assertThat(texts(tables, "GlueTableName")).contains("customers");
        assertThat(texts(tables, "tableUri")).contains(shared.crawled().table("customers"));
    }

    @Test
    void anOutsiderCannotListTheSharedTables() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(SHARED_DATASET_TABLES, "dataset", shared.crawled().datasetUri(), "env",
                shared.consumingEnvironment()).error(), outsider, "LIST_ENVIRONMENT_DATASETS",
                shared.consumingEnvironment());
    }

    @Test
    void listingTheSharedTablesOfAnUnknownEnvironmentIsRefusedNamingIt() {
        String unknown = "noenv" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(SHARED_DATASET_TABLES, "dataset", shared.crawled().datasetUri(),
                "env", unknown).error(), unknown);
    }

    @Test
    void listS3DatasetsSharedWithEnvGroupNamesTheSharedDatabase() {
        JsonNode databases = requester.graphql(DATASETS_SHARED_WITH_GROUP, "env", shared.consumingEnvironment(),
                "group", shared.consumerTeam()).data("listS3DatasetsSharedWithEnvGroup");

        JsonNode database = null;
        for (JsonNode node : databases) {
            if (node.get("shareUri").asText().equals(shareUri)) {
                database = node;
            }
        }
        assertThat(database).as("shared database of share %s", shareUri).isNotNull();
        assertThat(database.get("datasetUri").asText()).isEqualTo(shared.crawled().datasetUri());
        assertThat(database.get("sharedGlueDatabaseName").asText())
                .isEqualTo(ShareNames.sharedDatabaseName(shared.crawled().glueDatabaseName()));
        assertThat(database.get("targetEnvAwsAccountId").asText()).isEqualTo(shared.consumingAccount());
        assertThat(database.get("targetEnvRegion").asText()).isEqualTo(REGION);
    }

    @Test
    void anOutsiderCannotListTheDatasetsSharedWithATeam() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(DATASETS_SHARED_WITH_GROUP, "env", shared.consumingEnvironment(),
                "group", shared.consumerTeam()).error(), outsider, "LIST_ENVIRONMENT_DATASETS",
                shared.consumingEnvironment());
    }

    @Test
    void listingTheDatasetsSharedIntoAnUnknownEnvironmentIsRefusedNamingIt() {
        String unknown = "noenv" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(DATASETS_SHARED_WITH_GROUP, "env", unknown, "group",
                shared.consumerTeam()).error(), unknown);
    }

    @Test
    void getS3ConsumptionDataNamesTheBucketAccessPointAndSharedDatabase() {
        JsonNode data = requester.graphql(CONSUMPTION_DATA, "share", shareUri).data("getS3ConsumptionData");

        assertThat(data.get("s3bucketName").asText()).isEqualTo(shared.crawled().bucketName());
        assertThat(data.get("s3AccessPointName").asText())
                .isEqualTo(ShareNames.accessPointName(shared.crawled().datasetUri(), grantee.principalId()));
        assertThat(data.get("sharedGlueDatabase").asText())
                .isEqualTo(ShareNames.sharedDatabaseName(shared.crawled().glueDatabaseName()));
    }

    @Test
    void anOutsiderCannotReadTheConsumptionData() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(CONSUMPTION_DATA, "share", shareUri).error(), outsider,
                "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void theConsumptionDataOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(CONSUMPTION_DATA, "share", unknown).error(), unknown);
    }

    @Test
    void listSharedDatasetTableColumnsListsTheColumnsOfASharedTable() {
        JsonNode columns = requester.graphql(SHARED_TABLE_COLUMNS, "table", shared.crawled().table("customers"),
                "share", shareUri).data("listSharedDatasetTableColumns");

        assertThat(texts(columns.get("nodes"), "name")).containsExactlyInAnyOrder("id", "name", "active");
    }

    @Test
    void anOutsiderCannotListTheColumnsOfASharedTable() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(SHARED_TABLE_COLUMNS, "table", shared.crawled().table("customers"),
                "share", shareUri).error(), outsider, "GET_DATASET_TABLE", shared.crawled().table("customers"));
    }

    @Test
    void aTableTheShareDoesNotHoldIsRefusedNamingIt() {
        String orders = shared.crawled().table("orders");

        String error = owner.graphql(SHARED_TABLE_COLUMNS, "table", orders, "share", shareUri).error();

        assertThat(error).contains("InvalidInput").contains(orders);
    }

    @Test
    void getDatasetSharedAssumeRoleUrlSignsTheOwnersInAsTheDatasetRole() {
        String url = owner.graphql(SHARED_ASSUME_ROLE_URL, "dataset", shared.crawled().datasetUri())
                .text("getDatasetSharedAssumeRoleUrl");

        assertThat(url).startsWith("https://signin.aws.amazon.com/federation");
    }

    @Test
    void anOutsiderCannotSignInToTheSharedDataset() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(SHARED_ASSUME_ROLE_URL, "dataset", shared.crawled().datasetUri())
                .error(), outsider, "CREDENTIALS_DATASET", shared.crawled().datasetUri());
    }

    @Test
    void signingInToAnUnknownDatasetIsRefusedNamingIt() {
        String unknown = "nodataset" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(SHARED_ASSUME_ROLE_URL, "dataset", unknown).error(), unknown);
    }

    private List<String> toMe(User user, String status) {
        return texts(user.graphql(REQUESTS_TO_ME, "filter", map("datasets_uris",
                List.of(shared.crawled().datasetUri()), "status", List.of(status), "pageSize", 1000))
                .data("getShareRequestsToMe.nodes"), "shareUri");
    }

    private List<String> fromMe(User user, String status) {
        return texts(user.graphql(REQUESTS_FROM_ME, "filter", map("datasets_uris",
                List.of(shared.crawled().datasetUri()), "status", List.of(status), "pageSize", 1000))
                .data("getShareRequestsFromMe.nodes"), "shareUri");
    }

    @Test
    void statisticsCountTheItemsOfTheShareByOutcome() {
        JsonNode statistics = share(requester, shareUri).get("statistics");

        assertThat(statistics.get("sharedItems").asInt()).isEqualTo(3);
        assertThat(statistics.get("pendingItems").asInt()).isZero();
        assertThat(statistics.get("failedItems").asInt()).isZero();
        assertThat(statistics.get("revokedItems").asInt()).isZero();
    }
}
