package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.GlueCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The columns of a table: listDatasetTableColumns, updateDatasetTableColumn (its description, written back to the
 * Glue catalog) and syncDatasetTableColumns. The crawled dataset is Secret, so only its owner team and stewards see
 * its columns.
 */
class DatasetTableColumnApiTest extends DatasetApiSupport {

    static final String LIST_COLUMNS = """
            query($uri: String!, $filter: DatasetTableColumnFilter) {
              listDatasetTableColumns(tableUri: $uri, filter: $filter) {
                count page pages hasNext hasPrevious
                nodes {
                  columnUri tableUri name label typeName columnType description GlueDatabaseName GlueTableName
                  AwsAccountId region
                }
              }
            }""";
    static final String UPDATE_COLUMN = """
            mutation($uri: String, $input: DatasetTableColumnInput) {
              updateDatasetTableColumn(columnUri: $uri, input: $input) { columnUri name description }
            }""";
    static final String SYNC_COLUMNS = """
            mutation($uri: String!) { syncDatasetTableColumns(tableUri: $uri) { count nodes { columnUri name typeName description } } }""";

    @Autowired
    GlueCatalog glueCatalog;

    JsonNode columnsOf(String tableUri) {
        return owner.graphql(LIST_COLUMNS, "uri", tableUri, "filter", map("pageSize", 100))
                .data("listDatasetTableColumns");
    }

    /** The customers column of that name. */
    JsonNode customersColumn(String name) {
        for (JsonNode column : columnsOf(crawledTable("customers")).get("nodes")) {
            if (column.get("name").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("customers has no column " + name);
    }

    static void assertConfidentialityRefusal(String error, User user, String tableUri) {
        assertThat(error).contains("UnauthorizedOperation").contains(user.username).contains(tableUri)
                .containsAnyOf("LIST_DATASET_TABLE_COLUMNS", "PREVIEW_DATASET_TABLE");
    }

    @Test
    void listDatasetTableColumnsAnswersTheColumnsInTheirOrderWithTheirTypes() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("customers");

        JsonNode columns = columnsOf(tableUri);

        assertThat(columns.get("count").asInt()).isEqualTo(5);
        assertThat(texts(columns.get("nodes"), "name")).containsExactly("id", "name", "signup_date", "score",
                "active");
        assertThat(texts(columns.get("nodes"), "typeName")).containsExactly("bigint", "string", "date", "double",
                "boolean");
        JsonNode first = columns.get("nodes").get(0);
        assertThat(first.get("tableUri").asText()).isEqualTo(tableUri);
        assertThat(first.get("columnType").asText()).isEqualTo("column");
        assertThat(first.get("GlueDatabaseName").asText()).isEqualTo(crawled.glueDatabaseName());
        assertThat(first.get("GlueTableName").asText()).isEqualTo("customers");
        assertThat(first.get("AwsAccountId").asText()).isEqualTo(account);
    }

    @Test
    void listDatasetTableColumnsIsPaged() {
        JsonNode page = owner.graphql(LIST_COLUMNS, "uri", crawledTable("customers"), "filter",
                map("pageSize", 2, "page", 3)).data("listDatasetTableColumns");

        assertThat(page.get("count").asInt()).isEqualTo(5);
        assertThat(page.get("pages").asInt()).isEqualTo(3);
        assertThat(texts(page.get("nodes"), "name")).containsExactly("active");
        assertThat(page.get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void listDatasetTableColumnsFindsColumnsByTerm() {
        JsonNode page = owner.graphql(LIST_COLUMNS, "uri", crawledTable("customers"), "filter",
                map("term", "signup")).data("listDatasetTableColumns");

        assertThat(texts(page.get("nodes"), "name")).containsExactly("signup_date");
    }

    @Test
    void outsiderCannotListTheColumnsOfATableOfAConfidentialDataset() {
        String tableUri = crawledTable("customers");
        User outsider = outsider();

        assertConfidentialityRefusal(outsider.graphql(LIST_COLUMNS, "uri", tableUri).error(), outsider, tableUri);
    }

    @Test
    void listDatasetTableColumnsOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_COLUMNS, "uri", "no-such-table").error(), "no-such-table");
    }

    @Test
    void updateDatasetTableColumnSetsTheColumnsDescription() {
        String columnUri = customersColumn("score").get("columnUri").asText();

        JsonNode updated = owner.graphql(UPDATE_COLUMN, "uri", columnUri, "input",
                map("description", "Satisfaction score out of ten")).data("updateDatasetTableColumn");

        assertThat(updated.get("description").asText()).isEqualTo("Satisfaction score out of ten");
        assertThat(customersColumn("score").get("description").asText()).isEqualTo("Satisfaction score out of ten");
    }

    @Test
    void aColumnsNewDescriptionIsWrittenBackToTheGlueCatalog() {
        CrawledDataset crawled = crawledDataset();
        String columnUri = customersColumn("signup_date").get("columnUri").asText();

        owner.graphql(UPDATE_COLUMN, "uri", columnUri, "input", map("description", "Day the customer signed up"))
                .data("updateDatasetTableColumn");

        awaitCloud("the description of customers.signup_date in Glue").untilAsserted(() -> {
            CatalogTable table = glueCatalog.table(account, REGION, crawled.glueDatabaseName(), "customers")
                    .orElseThrow();
            assertThat(table.columns()).filteredOn(column -> column.name().equals("signup_date"))
                    .extracting(CatalogColumn::comment).containsExactly("Day the customer signed up");
        });
    }

    @Test
    void outsiderCannotDescribeAColumn() {
        CrawledDataset crawled = crawledDataset();
        String columnUri = customersColumn("name").get("columnUri").asText();
        User outsider = outsider();

        String error = refusedWithoutChange(crawled.datasetUri(), () -> outsider.graphql(UPDATE_COLUMN, "uri",
                columnUri, "input", map("description", "vandalized")));

        assertUnauthorized(error, outsider, "UPDATE_DATASET_TABLE", crawled.datasetUri());
    }

    @Test
    void updateOfAnUnknownColumnIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(UPDATE_COLUMN, "uri", "no-such-column", "input",
                map("description", "x")).error(), "no-such-column");
    }

    @Test
    void syncDatasetTableColumnsAnswersTheCatalogsColumnsAndKeepsTheirDescriptions() {
        String tableUri = crawledTable("customers");
        String columnUri = customersColumn("active").get("columnUri").asText();
        owner.graphql(UPDATE_COLUMN, "uri", columnUri, "input", map("description", "Still a customer"))
                .data("updateDatasetTableColumn");

        JsonNode synced = owner.graphql(SYNC_COLUMNS, "uri", tableUri).data("syncDatasetTableColumns");

        assertThat(synced.get("count").asInt()).isEqualTo(5);
        assertThat(synced.get("nodes")).anySatisfy(column -> {
            assertThat(column.get("name").asText()).isEqualTo("active");
            assertThat(column.get("description").asText()).isEqualTo("Still a customer");
        });
    }

    @Test
    void outsiderCannotSyncTheColumnsOfATable() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("customers");
        User outsider = outsider();

        String error = refusedWithoutChange(crawled.datasetUri(),
                () -> outsider.graphql(SYNC_COLUMNS, "uri", tableUri));

        assertUnauthorized(error, outsider, "UPDATE_DATASET_TABLE", crawled.datasetUri());
    }

    @Test
    void syncDatasetTableColumnsOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(SYNC_COLUMNS, "uri", "no-such-table").error(), "no-such-table");
    }
}
