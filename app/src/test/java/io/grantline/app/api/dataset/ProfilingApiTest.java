package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Profiling runs of a table: startDatasetProfilingRun runs the dataset's profiling job in the local cloud, which
 * computes row count, nulls, completeness, distinct values, minimum and maximum from the files of the table;
 * listDatasetTableProfilingRuns and getDatasetTableProfilingRun show the runs, and a failed run's cause in the
 * error field (Grantline's addition beside data.all's DatasetProfilingRun). Every test that starts a run waits
 * for it to end, since a table runs one profiling job at a time.
 */
class ProfilingApiTest extends DatasetApiSupport {

    static final String RUN_FIELDS = """
            profilingRunUri datasetUri GlueJobName GlueJobRunId GlueTableName AwsAccountId status results owner created
            dataset { datasetUri }""";
    static final String START = """
            mutation($input: StartDatasetProfilingRunInput) { startDatasetProfilingRun(input: $input) { %s } }"""
            .formatted(RUN_FIELDS);
    static final String LIST_RUNS = """
            query($uri: String!) {
              listDatasetTableProfilingRuns(tableUri: $uri) { count nodes { profilingRunUri status GlueTableName } }
            }""";
    static final String LATEST_RUN = """
            query($uri: String!) { getDatasetTableProfilingRun(tableUri: $uri) { %s } }""".formatted(RUN_FIELDS);
    static final String RUNS_WITH_ERRORS = """
            query($uri: String!) {
              listDatasetTableProfilingRuns(tableUri: $uri) { nodes { profilingRunUri status results error } }
            }""";

    @Autowired
    LocalCloudFaults faults;

    GraphQl start(User user, String datasetUri, String tableUri) {
        return user.graphql(START, "input", map("datasetUri", datasetUri, "tableUri", tableUri));
    }

    /** Waits until the table's newest profiling run is the given one and has ended, and answers it. */
    JsonNode awaitRunEnded(String tableUri, String profilingRunUri) {
        AtomicReference<JsonNode> run = new AtomicReference<>();
        awaitCloud("profiling run " + profilingRunUri + " to end").untilAsserted(() -> {
            run.set(owner.graphql(LATEST_RUN, "uri", tableUri).data("getDatasetTableProfilingRun"));
            assertThat(run.get().get("profilingRunUri").asText()).isEqualTo(profilingRunUri);
            assertThat(run.get().get("status").asText()).isIn("SUCCEEDED", "FAILED");
        });
        return run.get();
    }

    /**
     * Waits until the run has ended, and answers it as the table's listing shows it: getDatasetTableProfilingRun
     * answers an older run with results in place of a newer one without, such as a failed one.
     */
    JsonNode awaitRunEndedInListing(String tableUri, String profilingRunUri) {
        AtomicReference<JsonNode> run = new AtomicReference<>();
        awaitCloud("profiling run " + profilingRunUri + " to end").untilAsserted(() -> {
            JsonNode runs = owner.graphql(RUNS_WITH_ERRORS, "uri", tableUri)
                    .data("listDatasetTableProfilingRuns.nodes");
            run.set(runNamed(runs, profilingRunUri));
            assertThat(run.get()).as("run %s of table %s", profilingRunUri, tableUri).isNotNull();
            assertThat(run.get().get("status").asText()).isIn("SUCCEEDED", "FAILED");
        });
        return run.get();
    }

    static JsonNode runNamed(JsonNode runs, String profilingRunUri) {
        for (JsonNode run : runs) {
            if (run.get("profilingRunUri").asText().equals(profilingRunUri)) {
                return run;
            }
        }
        return null;
    }

    /** Profiles the orders table while the account refuses to start the job once, and answers the failed run. */
    JsonNode profileOrdersRefusedByTheAccount() {
        String datasetUri = crawledDataset().datasetUri();
        String tableUri = crawledTable("orders");
        faults.inject(Operation.START_JOB_RUN, account, Kind.ACCESS_DENIED, 1);
        try {
            String runUri = start(owner, datasetUri, tableUri).text("startDatasetProfilingRun.profilingRunUri");
            return awaitRunEndedInListing(tableUri, runUri);
        } finally {
            faults.clear(account);
        }
    }

    JsonNode profileOrders() {
        String datasetUri = crawledDataset().datasetUri();
        String tableUri = crawledTable("orders");
        String runUri = start(owner, datasetUri, tableUri).text("startDatasetProfilingRun.profilingRunUri");
        return awaitRunEnded(tableUri, runUri);
    }

    static JsonNode metadataOf(JsonNode results, String column) {
        for (JsonNode node : results.get("columns")) {
            if (node.get("Name").asText().equals(column)) {
                return node.get("Metadata");
            }
        }
        throw new AssertionError("The profile has no column " + column + ": " + results);
    }

    @Test
    void startDatasetProfilingRunAnswersTheRunOfTheDatasetsProfilingJob() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("orders");

        JsonNode run = start(owner, crawled.datasetUri(), tableUri).data("startDatasetProfilingRun");

        assertThat(run.get("datasetUri").asText()).isEqualTo(crawled.datasetUri());
        assertThat(run.get("GlueTableName").asText()).isEqualTo("orders");
        assertThat(run.get("GlueJobName").asText()).endsWith("-profiler");
        assertThat(run.get("owner").asText()).isEqualTo(owner.username);
        assertThat(run.get("AwsAccountId").asText()).isEqualTo(account);
        assertThat(run.get("status").asText()).isIn("STARTING", "RUNNING", "SUCCEEDED");
        awaitRunEnded(tableUri, run.get("profilingRunUri").asText());
    }

    @Test
    void aProfilingRunSucceedsWithTheStatisticsOfTheFiles() {
        JsonNode run = profileOrders();

        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode results = json(run.get("results").asText());
        assertThat(results.get("table_nb_rows").asInt()).isEqualTo(4);
        JsonNode orderId = metadataOf(results, "order_id");
        assertThat(orderId.get("Nulls").asInt()).isZero();
        assertThat(orderId.get("Distinct").asInt()).isEqualTo(4);
        assertThat(orderId.get("Minimum").asDouble()).isEqualTo(101);
        assertThat(orderId.get("Maximum").asDouble()).isEqualTo(104);
        JsonNode amount = metadataOf(results, "amount");
        assertThat(amount.get("Nulls").asInt()).isEqualTo(1);
        assertThat(amount.get("Completeness").asDouble()).isEqualTo(0.75);
        assertThat(amount.get("Minimum").asDouble()).isEqualTo(7.25);
        assertThat(amount.get("Maximum").asDouble()).isEqualTo(40.0);
        JsonNode customer = metadataOf(results, "customer");
        assertThat(customer.get("Nulls").asInt()).isEqualTo(1);
        assertThat(customer.get("Distinct").asInt()).isEqualTo(2);
        assertThat(customer.get("Minimum").asText()).isEqualTo("Ada");
        assertThat(customer.get("Maximum").asText()).isEqualTo("Grace");
    }

    @Test
    void outsiderCannotProfileATable() {
        CrawledDataset crawled = crawledDataset();
        String tableUri = crawledTable("orders");
        User outsider = outsider();

        String error = refusedWithoutChange(crawled.datasetUri(), () -> start(outsider, crawled.datasetUri(), tableUri));

        assertUnauthorized(error, outsider, "PROFILE_DATASET_TABLE", crawled.datasetUri());
    }

    @Test
    void profilingATableOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(start(owner, "no-such-dataset", crawledTable("orders")).error(), "no-such-dataset");
    }

    @Test
    void profilingAnUnknownTableOfTheDatasetIsRefusedAndChangesNothing() {
        String datasetUri = crawledDataset().datasetUri();

        String error = refusedWithoutChange(datasetUri, () -> start(owner, datasetUri, "no-such-table"));

        assertThat(error).contains("ObjectNotFound").contains("no-such-table");
    }

    @Test
    void listDatasetTableProfilingRunsShowsTheRunsNewestFirst() {
        JsonNode first = profileOrders();
        JsonNode second = profileOrders();

        JsonNode runs = owner.graphql(LIST_RUNS, "uri", crawledTable("orders")).data("listDatasetTableProfilingRuns");

        assertThat(runs.get("count").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(texts(runs.get("nodes"), "profilingRunUri")).startsWith(
                second.get("profilingRunUri").asText(), first.get("profilingRunUri").asText());
    }

    @Test
    void outsiderCannotListTheProfilingRunsOfATableOfAConfidentialDataset() {
        String tableUri = crawledTable("orders");
        User outsider = outsider();

        String error = outsider.graphql(LIST_RUNS, "uri", tableUri).error();

        assertThat(error).contains("UnauthorizedOperation").contains(outsider.username)
                .containsAnyOf("GET_TABLE_PROFILING_METRICS", "PREVIEW_DATASET_TABLE");
    }

    @Test
    void profilingRunsOfAnUnknownTableAreRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_RUNS, "uri", "no-such-table").error(), "no-such-table");
    }

    @Test
    void getDatasetTableProfilingRunAnswersTheNewestRunWithItsDataset() {
        JsonNode profiled = profileOrders();

        JsonNode latest = owner.graphql(LATEST_RUN, "uri", crawledTable("orders")).data("getDatasetTableProfilingRun");

        assertThat(latest.get("profilingRunUri").asText()).isEqualTo(profiled.get("profilingRunUri").asText());
        assertThat(latest.get("dataset").get("datasetUri").asText()).isEqualTo(crawledDataset().datasetUri());
        assertThat(latest.get("GlueJobRunId").asText()).isNotBlank();
    }

    @Test
    void outsiderCannotReadTheProfileOfATableOfAConfidentialDataset() {
        String tableUri = crawledTable("orders");
        User outsider = outsider();

        String error = outsider.graphql(LATEST_RUN, "uri", tableUri).error();

        assertThat(error).contains("UnauthorizedOperation").contains(outsider.username)
                .containsAnyOf("GET_TABLE_PROFILING_METRICS", "PREVIEW_DATASET_TABLE");
    }

    @Test
    void theProfileOfAnUnknownTableIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LATEST_RUN, "uri", "no-such-table").error(), "no-such-table");
    }

    @Test
    void aProfilingRunTheAccountRefusesFailsShowingTheCause() {
        JsonNode failed = profileOrdersRefusedByTheAccount();

        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).contains("Access denied");
        assertThat(failed.get("results").isNull()).isTrue();
    }

    @Test
    void aTableWhoseProfilingRunFailedCanBeProfiledAgain() {
        profileOrdersRefusedByTheAccount();
        String tableUri = crawledTable("orders");
        String runUri = start(owner, crawledDataset().datasetUri(), tableUri)
                .text("startDatasetProfilingRun.profilingRunUri");

        JsonNode again = awaitRunEndedInListing(tableUri, runUri);

        assertThat(again.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(again.get("error").isNull()).isTrue();
        assertThat(json(again.get("results").asText()).get("table_nb_rows").asInt()).isEqualTo(4);
    }
}
