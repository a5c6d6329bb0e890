package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.ATHENA;
import static io.grantline.cloud.aws.DatasetStubs.QUERY_MAX_POLLS;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsTablePreviewsTest {

    static final String DATABASE = "dataall_sales_abc123";
    static final String LOCATION = "s3://dataall-sales-abc123/orders/";
    static final String QUERY = "c2ba1f5e-0000-0000-0000-000000000001";
    static final String COLUMNS = """
            "ResultSetMetadata": {"ColumnInfo": [
              {"Name": "id", "Label": "id", "Type": "bigint"}, {"Name": "customer", "Label": "customer", "Type": "varchar"},
              {"Name": "amount", "Label": "amount", "Type": "double"}, {"Name": "paid", "Label": "paid", "Type": "boolean"},
              {"Name": "day", "Label": "day", "Type": "date"}]}""";
    static final String HEADER = row("id", "customer", "amount", "paid", "day");

    final DatasetStubs stubs = new DatasetStubs();
    final AwsTablePreviews previews = new AwsTablePreviews(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void previewRunsInTheEnvironmentsDefaultWorkgroup() {
        queryStarts();
        queryEnds("SUCCEEDED", null);
        results(List.of(HEADER), null);

        previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, "dataall-sales-abc123");

        stubs.aws.server.verify(called(ATHENA + "StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("dataall-sales-abc123"))));
    }

    @Test
    void previewWithoutAWorkgroupSelectsTheFirstRowsInTheConfiguredWorkgroup() {
        queryStarts();
        queryEnds("SUCCEEDED", null);
        results(List.of(HEADER), null);

        previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null);

        stubs.aws.server.verify(called(ATHENA + "StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryString",
                        equalTo("SELECT * FROM \"" + DATABASE + "\".\"orders\" LIMIT 50")))
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("primary"))));
    }

    @Test
    void previewAnswersTheColumnNamesAndEachRowAsAJsonArrayOfTypedValues() {
        queryStarts();
        queryEnds("SUCCEEDED", null);
        results(List.of(HEADER, row("1", "Ada", "12.5", "true", "2026-11-29"),
                "{\"Data\": [{\"VarCharValue\": \"2\"}, {}, {\"VarCharValue\": \"NaN\"}, {\"VarCharValue\": \"false\"},"
                        + " {}]}"), null);

        TablePreview preview = previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null);

        assertThat(preview.fields()).containsExactly("id", "customer", "amount", "paid", "day");
        assertThat(preview.rows()).containsExactly("[1,\"Ada\",12.5,true,\"2026-11-29\"]",
                "[2,null,\"NaN\",false,null]");
    }

    @Test
    void queryStillQueuedOrRunningIsLookedAtAgainUntilItSucceeds() {
        queryStarts();
        stubs.aws.server.stubFor(operation(ATHENA + "GetQueryExecution").inScenario("query")
                .whenScenarioStateIs(STARTED).willSetStateTo("running").willReturn(execution("QUEUED", null)));
        stubs.aws.server.stubFor(operation(ATHENA + "GetQueryExecution").inScenario("query")
                .whenScenarioStateIs("running").willSetStateTo("done").willReturn(execution("RUNNING", null)));
        stubs.aws.server.stubFor(operation(ATHENA + "GetQueryExecution").inScenario("query")
                .whenScenarioStateIs("done").willReturn(execution("SUCCEEDED", null)));
        results(List.of(HEADER, row("1", "Ada", "12.5", "true", "2026-11-29")), null);

        assertThat(previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null).rows()).hasSize(1);
        stubs.aws.server.verify(3, called(ATHENA + "GetQueryExecution"));
    }

    @Test
    void rowsAreReadAcrossPagesUpToTheLimit() {
        queryStarts();
        queryEnds("SUCCEEDED", null);
        results(List.of(HEADER, row("1", "Ada", "1", "true", "2026-11-29")), "page-2");
        stubs.answer(operation(ATHENA + "GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken",
                equalTo("page-2"))), resultSet(List.of(row("2", "Bob", "2", "true", "2026-11-29"),
                row("3", "Eve", "3", "false", "2026-11-29")), "page-3"));

        TablePreview preview = previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 2, null);

        assertThat(preview.rows()).containsExactly("[1,\"Ada\",1,true,\"2026-11-29\"]",
                "[2,\"Bob\",2,true,\"2026-11-29\"]");
        stubs.aws.server.verify(2, called(ATHENA + "GetQueryResults"));
    }

    @Test
    void quotesInsideNamesAreDoubledInTheQuery() {
        assertThat(AwsTablePreviews.identifier("or\"ders")).isEqualTo("\"or\"\"ders\"");
    }

    @Test
    void failedQueryFailsWithAthenasReason() {
        queryStarts();
        queryEnds("FAILED", "HIVE_BAD_DATA: Error parsing field value 'x' for field 2: For input string: \\\"x\\\"");

        assertThatThrownBy(() -> previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null))
                .isInstanceOf(CloudRequestFailedException.class)
                .hasMessageContaining("HIVE_BAD_DATA: Error parsing field value 'x'");
    }

    @Test
    void queryOnATableTheCatalogNoLongerHasIsNotFound() {
        queryStarts();
        queryEnds("FAILED", "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog." + DATABASE + ".orders' does not exist");

        assertThatThrownBy(() -> previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void queryThatDoesNotEndInItsLooksIsStoppedAndTimesOut() {
        queryStarts();
        queryEnds("RUNNING", null);
        stubs.answer(operation(ATHENA + "StopQueryExecution"), "{}");

        assertThatThrownBy(() -> previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null))
                .isInstanceOf(CloudTimeoutException.class);
        stubs.aws.server.verify(QUERY_MAX_POLLS, called(ATHENA + "GetQueryExecution"));
        stubs.aws.server.verify(called(ATHENA + "StopQueryExecution").withRequestBody(equalToJson("""
                {"QueryExecutionId": "%s"}""".formatted(QUERY))));
    }

    @Test
    void workgroupWithoutAnOutputLocationFailsWithAthenasMessage() {
        stubs.fail(operation(ATHENA + "StartQueryExecution"), 400, "InvalidRequestException",
                "No output location provided. An output location is required either through the Workgroup result "
                        + "configuration setting or as an API input.");

        assertThatThrownBy(() -> previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null))
                .isInstanceOf(CloudRequestFailedException.class)
                .hasMessageContaining("No output location provided");
    }

    @Test
    void throttledAthenaIsThrottled() {
        stubs.fail(operation(ATHENA + "StartQueryExecution"), 400, "TooManyRequestsException", "Rate exceeded");

        assertThatThrownBy(() -> previews.preview(ACCOUNT, REGION, DATABASE, "orders", LOCATION, 50, null))
                .isInstanceOf(CloudThrottledException.class);
    }

    private void queryStarts() {
        stubs.answer(operation(ATHENA + "StartQueryExecution"), """
                {"QueryExecutionId": "%s"}""".formatted(QUERY));
    }

    private void queryEnds(String state, String reason) {
        stubs.aws.server.stubFor(operation(ATHENA + "GetQueryExecution").withRequestBody(equalToJson("""
                {"QueryExecutionId": "%s"}""".formatted(QUERY))).willReturn(execution(state, reason)));
    }

    private static ResponseDefinitionBuilder execution(String state, String reason) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
                {"QueryExecution": {"QueryExecutionId": "%s", "Status": {"State": "%s"%s}}}""".formatted(QUERY,
                state, reason == null ? "" : ", \"StateChangeReason\": \"" + reason + "\""));
    }

    private void results(List<String> rows, String nextToken) {
        stubs.answer(operation(ATHENA + "GetQueryResults").withRequestBody(notContaining("NextToken")),
                resultSet(rows, nextToken));
    }

    private static String resultSet(List<String> rows, String nextToken) {
        return """
                {"ResultSet": {"Rows": [%s], %s}%s}""".formatted(String.join(", ", rows), COLUMNS,
                nextToken == null ? "" : ", \"NextToken\": \"" + nextToken + "\"");
    }

    private static String row(String... values) {
        StringBuilder data = new StringBuilder();
        for (String value : values) {
            data.append(data.isEmpty() ? "" : ", ").append("{\"VarCharValue\": \"").append(value).append("\"}");
        }
        return "{\"Data\": [" + data + "]}";
    }
}
