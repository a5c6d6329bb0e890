package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tables of a dataset, as the crawler found them in the crawled dataset: syncTables, getDatasetTable,
 * listDatasetTables, updateDatasetTable and deleteDatasetTable.
 */
class DatasetTableApiTest extends DatasetApiSupport {

    static final String TABLE_FIELDS = """
            tableUri datasetUri name label description owner region stage tags LastGlueTableStatus created updated
            restricted { AwsAccountId GlueDatabaseName GlueTableName S3Prefix }
            dataset { datasetUri }
            columns { count nodes { name typeName } }""";
    static final String GET_TABLE = """
            query($uri: String!) { getDatasetTable(tableUri: $uri) { %s } }""".formatted(TABLE_FIELDS);
    static final String GET_TABLE_PROPERTIES = """
            query($uri: String!) { getDatasetTable(tableUri: $uri) { tableUri GlueTableProperties } }""";
    static final String LIST_TABLES = """
            query($filter: DatasetTableFilter) {
              listDatasetTables(filter: $filter) { count page pages hasNext hasPrevious nodes { tableUri name datasetUri } }
            }""";
    static final String UPDATE_TABLE = """
            mutation($uri: String, $input: ModifyDatasetTableInput) {
              updateDatasetTable(tableUri: $uri, input: $input) { tableUri label description tags }
            }""";
    static final String DELETE_TABLE = """
            mutation($uri: String!) { deleteDatasetTable(tableUri: $uri) }""";

    @Test
    void syncTablesAnswersHowManyTablesTheDatasetHasAfterReadingTheCatalog() {
        String datasetUri = crawledDataset().datasetUri();

        int tables = owner.graphql(SYNC_TABLES, "uri", datasetUri).data("syncTables").asInt();

        assertThat(tables).isEqualTo(3);
        assertThat(tablesOf(datasetUri)).containsOnlyKeys("customers", "orders", "scratch");
    }

    @Test
    void syncTablesRecordsATableTheCatalogHoldsButTheDatasetDoesNot() {
        String datasetUri = crawledDataset().datasetUri();
        String deleted = crawledTable("scratch");
        owner.graphql(DELETE_TABLE, "uri", deleted).data("deleteDatasetTable");

        owner.graphql(SYNC_TABLES, "uri", datasetUri).data("syncTables");

        assertThat(tablesOf(datasetUri)).containsKey("scratch");
    }

    @Test
    void outsiderCannotSyncTheTables() {
        String datasetUri = crawledDataset().datasetUri();
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> outsider.graphql(SYNC_TABLES, "uri", datasetUri));

        assertUnauthorized(error, outsider, "SYNC_DATASET", datasetUri);
    }

    @Test
    void syncTablesOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(SYNC_TABLES, "uri", "no-such-dataset").error(), "no-such-dataset");
    }

    @Test
    void getDatasetTableAnswersTheTableAsTheCatalogDescribesIt() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("customers");

        JsonNode table = owner.graphql(GET_TABLE, "uri", tableUri).data("getDatasetTable");

        assertThat(table.get("name").asText()).isEqualTo("customers");
        assertThat(table.get("datasetUri").asText()).isEqualTo(crawled.datasetUri());
        assertThat(table.get("dataset").get("datasetUri").asText()).isEqualTo(crawled.datasetUri());
        assertThat(table.get("region").asText()).isEqualTo(REGION);
        assertThat(table.get("LastGlueTableStatus").asText()).isEqualTo("InSync");
        assertThat(table.get("restricted").get("AwsAccountId").asText()).isEqualTo(account);
        assertThat(table.get("restricted").get("GlueDatabaseName").asText()).isEqualTo(crawled.glueDatabaseName());
        assertThat(table.get("restricted").get("GlueTableName").asText()).isEqualTo("customers");
        assertThat(table.get("restricted").get("S3Prefix").asText())
                .isEqualTo("s3://" + crawled.bucketName() + "/customers/");
        assertThat(table.get("columns").get("count").asInt()).isEqualTo(5);
    }

    @Test
    void theTablesGluePropertiesShowHowTheCrawlerClassifiedIt() {
        String tableUri = crawledTable("customers");

        String properties = owner.graphql(GET_TABLE_PROPERTIES, "uri", tableUri).text("getDatasetTable.GlueTableProperties");

        assertThat(json(properties).get("classification").asText()).isEqualTo("csv");
    }

    @Test
    void outsiderCannotReadTheTablesGlueProperties() {
        String tableUri = crawledTable("customers");
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(GET_TABLE_PROPERTIES, "uri", tableUri).error(), outsider,
                "GET_DATASET_TABLE", tableUri);
    }

    @Test
    void getDatasetTableOfAnUnknownUriIsNotFound() {
        assertThat(owner.graphql(GET_TABLE, "uri", "no-such-table").error()).contains("ObjectNotFound")
                .contains("no-such-table");
    }

    @Test
    void listDatasetTablesFindsTablesByTerm() {
        String customers = crawledTable("customers");
        String orders = crawledTable("orders");

        JsonNode nodes = owner.graphql(LIST_TABLES, "filter", map("term", "customers", "pageSize", 1000))
                .data("listDatasetTables.nodes");

        assertThat(texts(nodes, "tableUri")).contains(customers).doesNotContain(orders);
    }

    @Test
    void listDatasetTablesNeedsASignedInCaller() {
        Response response = post("/graphql", null, Map.of("query", "query { listDatasetTables { count } }"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void listDatasetTablesWithATermNoTableHasListsNothing() {
        JsonNode page = owner.graphql(LIST_TABLES, "filter", map("term", unique("no-table-named")))
                .data("listDatasetTables");

        assertThat(page.get("count").asInt()).isZero();
        assertThat(page.get("nodes")).isEmpty();
    }

    @Test
    void updateDatasetTableChangesItsLabelDescriptionAndTags() {
        String tableUri = crawledTable("orders");

        JsonNode updated = owner.graphql(UPDATE_TABLE, "uri", tableUri, "input", map("label", "Orders",
                "description", "One row per order", "tags", List.of("orders", "pii"))).data("updateDatasetTable");

        assertThat(updated.get("label").asText()).isEqualTo("Orders");
        assertThat(updated.get("description").asText()).isEqualTo("One row per order");
        assertThat(texts(updated.get("tags"))).containsExactly("orders", "pii");
        assertThat(owner.graphql(GET_TABLE, "uri", tableUri).text("getDatasetTable.description"))
                .isEqualTo("One row per order");
    }

    @Test
    void outsiderCannotUpdateATable() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("orders");
        User outsider = outsider();

        String error = refusedWithoutChange(crawled.datasetUri(), () -> outsider.graphql(UPDATE_TABLE, "uri", tableUri,
                "input", map("description", "vandalized")));

        assertUnauthorized(error, outsider, "UPDATE_DATASET_TABLE", crawled.datasetUri());
    }

    @Test
    void updateOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(UPDATE_TABLE, "uri", "no-such-table", "input",
                map("description", "x")).error(), "no-such-table");
    }

    @Test
    void deleteDatasetTableAnswersTrueAndTheTableLeavesTheDataset() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("scratch");

        boolean deleted = owner.graphql(DELETE_TABLE, "uri", tableUri).data("deleteDatasetTable").asBoolean();

        assertThat(deleted).isTrue();
        assertThat(tablesOf(crawled.datasetUri())).doesNotContainKey("scratch");
        assertThat(owner.graphql(GET_TABLE, "uri", tableUri).error()).contains("ObjectNotFound");
    }

    @Test
    void outsiderCannotDeleteATable() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("scratch");
        User outsider = outsider();

        String error = refusedWithoutChange(crawled.datasetUri(),
                () -> outsider.graphql(DELETE_TABLE, "uri", tableUri));

        assertUnauthorized(error, outsider, "DELETE_DATASET_TABLE", crawled.datasetUri());
        assertThat(tablesOf(crawled.datasetUri())).containsEntry("scratch", tableUri);
    }

    @Test
    void deleteOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(DELETE_TABLE, "uri", "no-such-table").error(), "no-such-table");
    }
}
