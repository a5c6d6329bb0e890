package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Table data filters (Lake Formation row and column filters): create, list and delete, on the customers table. */
class TableDataFilterApiTest extends DatasetApiSupport {

    static final String FILTER_FIELDS = "filterUri tableUri label name filterType includedCols rowExpression description";
    static final String CREATE_FILTER = """
            mutation($uri: String!, $input: NewTableDataFilterInput!) {
              createTableDataFilter(tableUri: $uri, input: $input) { %s }
            }""".formatted(FILTER_FIELDS);
    static final String LIST_FILTERS = """
            query($uri: String!, $filter: DatasetTableFilter) {
              listTableDataFilters(tableUri: $uri, filter: $filter) { count page pages nodes { %s } }
            }""".formatted(FILTER_FIELDS);
    static final String DELETE_FILTER = """
            mutation($uri: String!) { deleteTableDataFilter(filterUri: $uri) }""";

    String datasetUri;
    String tableUri;

    @BeforeEach
    void useTheCustomersTable() {
        datasetUri = crawledDataset().datasetUri();
        tableUri = crawledTable("customers");
    }

    /** A filter name no other test uses (data.all allows letters, digits and underscores). */
    static String filterName() {
        return unique("f").replace('-', '_');
    }

    static Map<String, Object> rowFilter(String name) {
        return map("filterName", name, "filterType", "ROW", "rowExpression", "active = true",
                "description", "active customers only");
    }

    static Map<String, Object> columnFilter(String name) {
        return map("filterName", name, "filterType", "COLUMN", "includedCols", List.of("id", "name"));
    }

    GraphQl createFilter(User user, String table, Map<String, Object> input) {
        return user.graphql(CREATE_FILTER, "uri", table, "input", input);
    }

    List<String> filterNamesOfTheTable() {
        return texts(owner.graphql(LIST_FILTERS, "uri", tableUri, "filter", map("pageSize", 1000))
                .data("listTableDataFilters.nodes"), "label");
    }

    @Test
    void createTableDataFilterAnswersARowFilter() {
        String name = filterName();

        JsonNode filter = createFilter(owner, tableUri, rowFilter(name)).data("createTableDataFilter");

        assertThat(filter.get("filterUri").asText()).isNotBlank();
        assertThat(filter.get("tableUri").asText()).isEqualTo(tableUri);
        assertThat(filter.get("label").asText()).isEqualTo(name);
        assertThat(filter.get("filterType").asText()).isEqualTo("ROW");
        assertThat(filter.get("rowExpression").asText()).isEqualTo("active = true");
        assertThat(filter.get("description").asText()).isEqualTo("active customers only");
    }

    @Test
    void createTableDataFilterAnswersAColumnFilter() {
        JsonNode filter = createFilter(owner, tableUri, columnFilter(filterName())).data("createTableDataFilter");

        assertThat(filter.get("filterType").asText()).isEqualTo("COLUMN");
        assertThat(texts(filter.get("includedCols"))).containsExactly("id", "name");
    }

    @Test
    void aFilterNameIsUsedOnceInATable() {
        String name = filterName();
        createFilter(owner, tableUri, rowFilter(name)).data("createTableDataFilter");

        String error = refusedWithoutChange(datasetUri, () -> createFilter(owner, tableUri, columnFilter(name)));

        assertThat(error).contains("ResourceAlreadyExists").contains(name);
    }

    @Test
    void outsiderCannotCreateAFilter() {
        User outsider = outsider();
        String name = filterName();

        String error = refusedWithoutChange(datasetUri, () -> createFilter(outsider, tableUri, rowFilter(name)));

        assertUnauthorized(error, outsider, "CREATE_TABLE_DATA_FILTER", tableUri);
        assertThat(filterNamesOfTheTable()).doesNotContain(name);
    }

    @Test
    void aFilterTypeOtherThanRowOrColumnIsRefused() {
        Map<String, Object> input = rowFilter(filterName());
        input.put("filterType", "CELL");

        String error = refusedWithoutChange(datasetUri, () -> createFilter(owner, tableUri, input));

        assertThat(error).contains("InvalidInput").contains("filterType");
    }

    @Test
    void aRowFilterWithoutAnExpressionIsRefused() {
        Map<String, Object> input = rowFilter(filterName());
        input.remove("rowExpression");

        String error = refusedWithoutChange(datasetUri, () -> createFilter(owner, tableUri, input));

        assertThat(error).contains("InvalidInput").contains("rowExpression");
    }

    @Test
    void aColumnFilterWithoutColumnsIsRefused() {
        Map<String, Object> input = columnFilter(filterName());
        input.put("includedCols", List.of());

        String error = refusedWithoutChange(datasetUri, () -> createFilter(owner, tableUri, input));

        assertThat(error).contains("InvalidInput").contains("includedCols");
    }

    @Test
    void aFilterOnAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(createFilter(owner, "no-such-table", rowFilter(filterName())).error(),
                "no-such-table");
    }

    @Test
    void listTableDataFiltersShowsTheFiltersOfTheTable() {
        String row = filterName();
        String column = filterName();
        createFilter(owner, tableUri, rowFilter(row)).data("createTableDataFilter");
        createFilter(owner, tableUri, columnFilter(column)).data("createTableDataFilter");

        assertThat(filterNamesOfTheTable()).contains(row, column);
    }

    @Test
    void outsiderCannotListTheFiltersOfATable() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_FILTERS, "uri", tableUri).error(), outsider,
                "LIST_TABLE_DATA_FILTERS", tableUri);
    }

    @Test
    void listTableDataFiltersOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_FILTERS, "uri", "no-such-table").error(), "no-such-table");
    }

    @Test
    void deleteTableDataFilterAnswersTrueAndTheFilterIsGone() {
        String name = filterName();
        String filterUri = createFilter(owner, tableUri, rowFilter(name)).text("createTableDataFilter.filterUri");

        boolean deleted = owner.graphql(DELETE_FILTER, "uri", filterUri).data("deleteTableDataFilter").asBoolean();

        assertThat(deleted).isTrue();
        assertThat(filterNamesOfTheTable()).doesNotContain(name);
    }

    @Test
    void outsiderCannotDeleteAFilter() {
        String name = filterName();
        String filterUri = createFilter(owner, tableUri, rowFilter(name)).text("createTableDataFilter.filterUri");
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> outsider.graphql(DELETE_FILTER, "uri", filterUri));

        assertUnauthorized(error, outsider, "DELETE_TABLE_DATA_FILTER", tableUri);
        assertThat(filterNamesOfTheTable()).contains(name);
    }

    @Test
    void deleteOfAnUnknownFilterIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(DELETE_FILTER, "uri", "no-such-filter").error(), "no-such-filter");
    }
}
