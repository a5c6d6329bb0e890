package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.glossary.TermLinks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Glossary terms named by tables and folders of the crawled dataset (DatasetTable.terms, DatasetStorageLocation.terms),
 * the term links of columns (DatasetTableColumn.terms), and the refusal of anything that is not a live term.
 */
class DatasetPartGlossaryTermsApiTest extends DatasetApiSupport {

    static final String CREATE_GLOSSARY = """
            mutation($input: CreateGlossaryInput) { createGlossary(input: $input) { nodeUri } }""";
    static final String CREATE_TERM = """
            mutation($parent: String!, $input: CreateTermInput) { createTerm(parentUri: $parent, input: $input) { nodeUri } }""";
    static final String DELETE_TERM = "mutation($uri: String!) { deleteTerm(nodeUri: $uri) }";
    static final String UPDATE_TABLE = """
            mutation($uri: String, $input: ModifyDatasetTableInput) {
              updateDatasetTable(tableUri: $uri, input: $input) { tableUri terms { count nodes { nodeUri label } } }
            }""";
    static final String TABLE_TERMS = """
            query($uri: String!) { getDatasetTable(tableUri: $uri) { terms { count nodes { nodeUri } } } }""";
    static final String TERMS_OF_TABLES_AND_FOLDERS = """
            query($uri: String!) {
              getDataset(datasetUri: $uri) {
                tables(filter: {pageSize: 100}) { nodes { tableUri terms { nodes { nodeUri } } } }
                locations(filter: {pageSize: 100}) { nodes { locationUri terms { nodes { nodeUri } } } }
              }
            }""";
    static final String CREATE_FOLDER = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri terms { count nodes { nodeUri } } }
            }""";
    static final String UPDATE_FOLDER = """
            mutation($uri: String, $input: ModifyDatasetStorageLocationInput) {
              updateDatasetStorageLocation(locationUri: $uri, input: $input) { locationUri terms { count nodes { nodeUri } } }
            }""";
    static final String COLUMN_TERMS = """
            query($uri: String!) {
              listDatasetTableColumns(tableUri: $uri, filter: {pageSize: 100}) {
                nodes { columnUri terms { count nodes { linkUri } } }
              }
            }""";
    static final String ASSOCIATIONS = """
            query($uri: String!) {
              getGlossary(nodeUri: $uri) { associations { nodes { linkUri targetUri targetType target { label } } } }
            }""";

    String datasetUri;
    String glossaryUri;
    String termUri;
    String otherTermUri;

    @BeforeEach
    void aGlossaryWithTwoTerms() {
        datasetUri = crawledDataset().datasetUri();
        glossaryUri = owner.graphql(CREATE_GLOSSARY, "input", map("label", "Parts", "readme", "", "admin", team))
                .text("createGlossary.nodeUri");
        termUri = owner.graphql(CREATE_TERM, "parent", glossaryUri, "input", map("label", "Customer", "readme", ""))
                .text("createTerm.nodeUri");
        otherTermUri = owner.graphql(CREATE_TERM, "parent", glossaryUri, "input", map("label", "Order", "readme", ""))
                .text("createTerm.nodeUri");
    }

    @Test
    void aTableNamingATermIsLinkedToIt() {
        String tableUri = crawledTable("customers");

        JsonNode updated = owner.graphql(UPDATE_TABLE, "uri", tableUri, "input", map("terms", List.of(termUri)))
                .data("updateDatasetTable");

        assertThat(texts(updated.at("/terms/nodes"), "nodeUri")).containsExactly(termUri);
        assertThat(texts(owner.graphql(TABLE_TERMS, "uri", tableUri).data("getDatasetTable.terms.nodes"), "nodeUri"))
                .containsExactly(termUri);
        JsonNode link = owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary.associations.nodes").get(0);
        assertThat(link.get("linkUri").asText()).isEqualTo(TermLinks.linkUri(tableUri, termUri));
        assertThat(link.get("targetType").asText()).isEqualTo("DatasetTable");
        assertThat(link.at("/target/label").asText()).isNotBlank();
    }

    @Test
    void theTermsOfEveryTableAndFolderAreListedWithTheDataset() {
        String tableUri = crawledTable("orders");
        owner.graphql(UPDATE_TABLE, "uri", tableUri, "input", map("terms", List.of(otherTermUri)))
                .data("updateDatasetTable");
        String folderUri = owner.graphql(CREATE_FOLDER, "uri", datasetUri, "input", folder(List.of(termUri)))
                .text("createDatasetStorageLocation.locationUri");

        JsonNode dataset = owner.graphql(TERMS_OF_TABLES_AND_FOLDERS, "uri", datasetUri).data("getDataset");

        assertThat(termsOf(dataset.at("/tables/nodes"), "tableUri", tableUri)).containsExactly(otherTermUri);
        assertThat(termsOf(dataset.at("/locations/nodes"), "locationUri", folderUri)).containsExactly(termUri);
    }

    @Test
    void aTableNamingAnUnknownTermIsRefusedAndNothingChanges() {
        String tableUri = crawledTable("customers");

        String error = refusedWithoutChange(datasetUri, () -> owner.graphql(UPDATE_TABLE, "uri", tableUri, "input",
                map("terms", List.of("no-such-term"))));

        assertThat(error).contains("InvalidInput").contains("terms").contains("no-such-term");
    }

    @Test
    void aTableCannotNameADeletedTerm() {
        String tableUri = crawledTable("customers");
        owner.graphql(DELETE_TERM, "uri", otherTermUri).data("deleteTerm");

        String error = refusedWithoutChange(datasetUri, () -> owner.graphql(UPDATE_TABLE, "uri", tableUri, "input",
                map("terms", List.of(otherTermUri))));

        assertThat(error).contains("terms").contains(otherTermUri);
    }

    @Test
    void aFolderCreatedNamingATermIsLinkedToIt() {
        JsonNode folder = owner.graphql(CREATE_FOLDER, "uri", datasetUri, "input", folder(List.of(termUri)))
                .data("createDatasetStorageLocation");

        assertThat(texts(folder.at("/terms/nodes"), "nodeUri")).containsExactly(termUri);
    }

    @Test
    void aFolderNamingAGlossaryIsRefusedAndNotCreated() {
        int folders = folderCount();

        String error = refusedWithoutChange(datasetUri, () -> owner.graphql(CREATE_FOLDER, "uri", datasetUri,
                "input", folder(List.of(glossaryUri))));

        assertThat(error).contains("InvalidInput").contains("terms").contains(glossaryUri);
        assertThat(folderCount()).isEqualTo(folders);
    }

    @Test
    void updatingAFoldersTermsReplacesItsLinks() {
        String folderUri = owner.graphql(CREATE_FOLDER, "uri", datasetUri, "input", folder(List.of(termUri)))
                .text("createDatasetStorageLocation.locationUri");

        JsonNode updated = owner.graphql(UPDATE_FOLDER, "uri", folderUri, "input",
                map("terms", List.of(otherTermUri))).data("updateDatasetStorageLocation");

        assertThat(texts(updated.at("/terms/nodes"), "nodeUri")).containsExactly(otherTermUri);
        assertThat(texts(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary.associations.nodes"),
                "linkUri")).containsExactly(TermLinks.linkUri(folderUri, otherTermUri));
    }

    @Test
    void aFolderUpdatedNamingAnUnknownTermIsRefusedAndKeepsItsTerms() {
        String folderUri = owner.graphql(CREATE_FOLDER, "uri", datasetUri, "input", folder(List.of(termUri)))
                .text("createDatasetStorageLocation.locationUri");

        String error = refusedWithoutChange(datasetUri, () -> owner.graphql(UPDATE_FOLDER, "uri", folderUri,
                "input", map("terms", List.of(termUri, "no-such-term"))));

        assertThat(error).contains("InvalidInput").contains("terms").contains("no-such-term");
        JsonNode dataset = owner.graphql(TERMS_OF_TABLES_AND_FOLDERS, "uri", datasetUri).data("getDataset");
        assertThat(termsOf(dataset.at("/locations/nodes"), "locationUri", folderUri)).containsExactly(termUri);
    }

    @Test
    void columnsShowTheirTermLinks() {
        JsonNode columns = owner.graphql(COLUMN_TERMS, "uri", crawledTable("customers"))
                .data("listDatasetTableColumns.nodes");

        assertThat(columns).isNotEmpty();
        columns.forEach(column -> assertThat(column.at("/terms/count").asInt()).isZero());
    }

    private static Map<String, Object> folder(List<String> terms) {
        return map("label", "Terms", "prefix", unique("terms"), "description", "", "tags", List.of(),
                "terms", terms);
    }

    private int folderCount() {
        return owner.graphql(GET_TABLES, "uri", datasetUri).data("getDataset.locations.count").asInt();
    }

    private static List<String> termsOf(JsonNode nodes, String uriField, String uri) {
        for (JsonNode node : nodes) {
            if (node.get(uriField).asText().equals(uri)) {
                return texts(node.at("/terms/nodes"), "nodeUri");
            }
        }
        throw new AssertionError(uri + " is not listed");
    }
}
