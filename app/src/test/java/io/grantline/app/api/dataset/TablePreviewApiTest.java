package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * previewTable and readTableSampleData: the first rows of a table, read by the local cloud from the files in the
 * bucket, answered as data.all's Athena client answers them (fields and rows as JSON texts). The crawled dataset is Secret: only its owner team and stewards preview it.
 */
class TablePreviewApiTest extends DatasetApiSupport {

    static final String PREVIEW = """
            query($uri: String!) { previewTable(tableUri: $uri) { fields rows } }""";
    static final String SAMPLE = """
            query($uri: String!) { readTableSampleData(tableUri: $uri) { fields rows } }""";

    /** The column names: data.all answers each field as the JSON text {"name": "<column>"}. */
    static List<String> fieldNames(JsonNode fields) {
        return texts(fields).stream().map(field -> json(field).get("name").asText()).toList();
    }

    /** A row as a JSON array of values, each as its text: numbers and booleans as the file wrote them. */
    static List<String> values(String row) {
        return texts(json(row));
    }

    @Test
    void previewTableAnswersTheColumnsAndTheFirstRowsOfTheFiles() {
        JsonNode preview = owner.graphql(PREVIEW, "uri", crawledTable("customers")).data("previewTable");

        assertThat(fieldNames(preview.get("fields"))).containsExactly("id", "name", "signup_date", "score", "active");
        assertThat(preview.get("rows")).hasSize(4);
        assertThat(values(preview.get("rows").get(0).asText())).containsExactly("1", "Ada", "2024-01-05", "9.5",
                "true");
        assertThat(values(preview.get("rows").get(3).asText())).containsExactly("4", "Ada", "2024-03-20", "6.5",
                "false");
    }

    @Test
    void previewOfATableSpreadOverFilesReadsThemInOrderAndShowsMissingValuesAsNull() {
        JsonNode rows = owner.graphql(PREVIEW, "uri", crawledTable("orders")).data("previewTable.rows");

        assertThat(rows).hasSize(4);
        assertThat(json(rows.get(2).asText()).get(2).isNull()).as("amount of order 103").isTrue();
        assertThat(values(rows.get(3).asText()).get(0)).isEqualTo("104");
    }

    @Test
    void outsiderCannotPreviewATableOfAConfidentialDataset() {
        String tableUri = crawledTable("customers");
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(PREVIEW, "uri", tableUri).error(), outsider, "PREVIEW_DATASET_TABLE",
                tableUri);
    }

    @Test
    void previewOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(PREVIEW, "uri", "no-such-table").error(), "no-such-table");
    }

    @Test
    void readTableSampleDataAnswersTheFirstRowsOfTheFiles() {
        JsonNode sample = owner.graphql(SAMPLE, "uri", crawledTable("customers")).data("readTableSampleData");

        assertThat(fieldNames(sample.get("fields"))).containsExactly("id", "name", "signup_date", "score", "active");
        assertThat(values(sample.get("rows").get(1).asText())).containsExactly("2", "Grace", "2024-02-11", "7.25",
                "false");
    }

    @Test
    void outsiderCannotReadSampleDataOfATable() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("customers");
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(SAMPLE, "uri", tableUri).error(), outsider, "UPDATE_DATASET_TABLE",
                crawled.datasetUri());
    }

    @Test
    void sampleDataOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(SAMPLE, "uri", "no-such-table").error(), "no-such-table");
    }
}
