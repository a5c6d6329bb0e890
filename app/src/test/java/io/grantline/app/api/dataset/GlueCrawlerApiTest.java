package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * startGlueCrawler in the local cloud: files dropped into the bucket folder become tables with the columns and
 * types the crawler infers; a crawl that fails is recorded with its cause, shown by getGlueCrawlerRun (Grantline's
 * addition beside data.all's API), and can be started again. The tests share one deployed dataset of their own and
 * crawl it one prefix at a time.
 */
class GlueCrawlerApiTest extends DatasetApiSupport {

    static final String GET_CRAWLER_RUN = """
            query($uri: String!) {
              getGlueCrawlerRun(datasetUri: $uri) {
                crawlerRunId datasetUri crawlerName location status error startedBy created updated
              }
            }""";

    private static String crawlerDatasetUri;

    @Autowired
    LocalCloudFaults faults;

    String datasetUri;
    String bucket;

    @BeforeEach
    void useTheCrawlersDeployedDataset() {
        synchronized (GlueCrawlerApiTest.class) {
            if (crawlerDatasetUri == null) {
                String uri = createDatasetUri(unique("crawler"));
                awaitDatasetStack(uri, "CREATE_COMPLETE");
                crawlerDatasetUri = uri;
            }
        }
        datasetUri = crawlerDatasetUri;
        bucket = bucketOf(datasetUri);
    }

    GraphQl startCrawler(User user, String uri, String prefix) {
        return user.graphql(START_CRAWLER, "uri", uri, "input", map("prefix", prefix));
    }

    GraphQl crawlerRun(User user, String uri) {
        return user.graphql(GET_CRAWLER_RUN, "uri", uri);
    }

    /** The newest crawler run of the dataset as its owner sees it through getGlueCrawlerRun. */
    JsonNode latestRun() {
        return crawlerRun(owner, datasetUri).data("getGlueCrawlerRun");
    }

    /** Waits until the newest crawler run of the dataset has ended, and answers it. */
    JsonNode awaitCrawlEnded() {
        AtomicReference<JsonNode> run = new AtomicReference<>();
        awaitCloud("the crawler of " + datasetUri + " to stop").untilAsserted(() -> {
            run.set(latestRun());
            assertThat(run.get().isNull()).as("a crawler run of %s", datasetUri).isFalse();
            assertThat(run.get().get("status").asText()).isIn("SUCCEEDED", "FAILED");
        });
        return run.get();
    }

    static String status(JsonNode run) {
        return run.get("status").asText();
    }

    JsonNode columnsOf(String tableUri) {
        return owner.graphql("""
                query($uri: String!) {
                  listDatasetTableColumns(tableUri: $uri, filter: {pageSize: 100}) { count nodes { name typeName columnType } }
                }""", "uri", tableUri).data("listDatasetTableColumns.nodes");
    }

    /** The columns in their order, each as name:type. */
    static List<String> namesAndTypes(JsonNode columns) {
        List<String> described = new ArrayList<>();
        columns.forEach(column -> described.add(column.get("name").asText() + ":" + column.get("typeName").asText()));
        return described;
    }

    @Test
    void filesDroppedIntoTheBucketBecomeTablesWithTheColumnsTheCrawlerInfers() {
        String landing = unique("landing").replace('-', '_');
        dropFile(bucket, landing + "/customers/customers.csv", CUSTOMERS_CSV);
        dropFile(bucket, landing + "/orders/part-0001.jsonl", ORDERS_PART_1);
        dropFile(bucket, landing + "/orders/part-0002.jsonl", ORDERS_PART_2);

        startCrawler(owner, datasetUri, landing).data("startGlueCrawler");

        AtomicReference<Map<String, String>> tables = new AtomicReference<>();
        awaitCloud("tables customers and orders").untilAsserted(() -> {
            tables.set(tablesOf(datasetUri));
            assertThat(tables.get()).containsKeys("customers", "orders");
        });
        assertThat(namesAndTypes(columnsOf(tables.get().get("customers")))).containsExactly("id:bigint",
                "name:string", "signup_date:date", "score:double", "active:boolean");
        assertThat(namesAndTypes(columnsOf(tables.get().get("orders")))).containsExactly("order_id:bigint",
                "customer:string", "amount:double", "paid:boolean");
        assertThat(texts(columnsOf(tables.get().get("orders")), "columnType")).containsOnly("column");
    }

    @Test
    void startGlueCrawlerAnswersTheDatasetsCrawler() {
        String prefix = unique("answered").replace('-', '_');
        dropFile(bucket, prefix + "/data.csv", SCRATCH_CSV);

        JsonNode crawler = startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");

        assertThat(crawler.get("Name").asText()).isEqualTo(get(owner, datasetUri).get("restricted")
                .get("GlueCrawlerName").asText());
        assertThat(crawler.get("status").asText()).isIn("STARTING", "RUNNING", "SUCCEEDED");
        assertThat(status(awaitCrawlEnded())).isEqualTo("SUCCEEDED");
    }

    @Test
    void aCrawlOfAPrefixHoldingFilesMakesOneTableOfIt() {
        String prefix = unique("landing").replace('-', '_');
        dropFile(bucket, prefix + "/part-1.csv", SCRATCH_CSV);
        dropFile(bucket, prefix + "/part-2.csv", SCRATCH_CSV);

        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");

        awaitCloud("table " + prefix).untilAsserted(() -> assertThat(tablesOf(datasetUri)).containsKey(prefix));
    }

    @Test
    void outsiderCannotStartTheCrawler() {
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> startCrawler(outsider, datasetUri, ""));

        assertUnauthorized(error, outsider, "CRAWL_DATASET", datasetUri);
    }

    @Test
    void startGlueCrawlerOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(startCrawler(owner, "no-such-dataset", "").error(), "no-such-dataset");
    }

    @Test
    void aCrawlOfAFileThatCannotBeReadFailsNamingTheFile() {
        String prefix = unique("broken").replace('-', '_');
        dropFile(bucket, prefix + "/bad.jsonl", "{\"id\": 1}\n{not json\n");

        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");
        JsonNode run = awaitCrawlEnded();

        assertThat(status(run)).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains(prefix + "/bad.jsonl");
        assertThat(tablesOf(datasetUri)).doesNotContainKey(prefix);
    }

    @Test
    void aCrawlThatFailedCanBeStartedAgainOnceTheFileIsFixed() {
        String prefix = unique("repaired").replace('-', '_');
        dropFile(bucket, prefix + "/data.jsonl", "{not json\n");
        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");
        assertThat(status(awaitCrawlEnded())).isEqualTo("FAILED");
        dropFile(bucket, prefix + "/data.jsonl", "{\"id\": 1, \"name\": \"fixed\"}\n");

        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");

        awaitCloud("table " + prefix).untilAsserted(() -> assertThat(tablesOf(datasetUri)).containsKey(prefix));
        assertThat(status(awaitCrawlEnded())).isEqualTo("SUCCEEDED");
    }

    @Test
    void aCrawlerTheAccountRefusesLeavesAFailedRunWithTheCauseAndCanBeStartedAgain() {
        String prefix = unique("refused").replace('-', '_');
        dropFile(bucket, prefix + "/data.csv", SCRATCH_CSV);
        faults.inject(Operation.START_CRAWLER, account, Kind.ACCESS_DENIED, 1);
        JsonNode failed;
        try {
            startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");
            failed = awaitCrawlEnded();
        } finally {
            faults.clear(account);
        }
        assertThat(status(failed)).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).contains("Access denied");

        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");

        assertThat(status(awaitCrawlEnded())).isEqualTo("SUCCEEDED");
        assertThat(tablesOf(datasetUri)).containsKey(prefix);
    }

    @Test
    void throttledCrawlerStartsAreRetriedUntilTheCrawlSucceeds() {
        String prefix = unique("throttled").replace('-', '_');
        dropFile(bucket, prefix + "/data.csv", SCRATCH_CSV);
        faults.inject(Operation.START_CRAWLER, account, Kind.THROTTLING, 2);
        try {
            startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");

            awaitCloud("table " + prefix).untilAsserted(() -> assertThat(tablesOf(datasetUri)).containsKey(prefix));
        } finally {
            faults.clear(account);
        }
    }

    @Test
    void getGlueCrawlerRunShowsTheRunFromTheMomentTheCrawlerStarts() {
        String prefix = unique("visible").replace('-', '_');
        dropFile(bucket, prefix + "/data.csv", SCRATCH_CSV);

        String crawlerName = startCrawler(owner, datasetUri, prefix).text("startGlueCrawler.Name");
        JsonNode run = latestRun();

        assertThat(run.get("crawlerRunId").asText()).isNotBlank();
        assertThat(run.get("datasetUri").asText()).isEqualTo(datasetUri);
        assertThat(run.get("crawlerName").asText()).isEqualTo(crawlerName);
        assertThat(run.get("location").asText()).isEqualTo("s3://" + bucket + "/" + prefix + "/");
        assertThat(run.get("startedBy").asText()).isEqualTo(owner.username);
        assertThat(run.get("created").asText()).isNotBlank();
        assertThat(status(run)).isIn("STARTING", "RUNNING", "SUCCEEDED");
        assertThat(run.get("error").isNull()).isTrue();
        awaitCrawlEnded();
    }

    @Test
    void getGlueCrawlerRunShowsASucceededRunWithoutError() {
        String prefix = unique("succeeded").replace('-', '_');
        dropFile(bucket, prefix + "/data.csv", SCRATCH_CSV);
        startCrawler(owner, datasetUri, prefix).data("startGlueCrawler");
        String runId = latestRun().get("crawlerRunId").asText();

        JsonNode run = awaitCrawlEnded();

        assertThat(run.get("crawlerRunId").asText()).isEqualTo(runId);
        assertThat(status(run)).isEqualTo("SUCCEEDED");
        assertThat(run.get("error").isNull()).isTrue();
    }

    @Test
    void getGlueCrawlerRunOfADatasetNeverCrawledIsNull() {
        String neverCrawled = createDatasetUri(unique("uncrawled"));

        JsonNode run = crawlerRun(owner, neverCrawled).data("getGlueCrawlerRun");

        assertThat(run.isNull()).isTrue();
    }

    @Test
    void outsiderCannotSeeTheCrawlerRun() {
        User outsider = outsider();

        String error = crawlerRun(outsider, datasetUri).error();

        assertUnauthorized(error, outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void theCrawlerRunOfAnUnknownDatasetIsRefusedAsNotFound() {
        String error = crawlerRun(owner, "no-such-dataset").error();

        assertThat(error).contains("ObjectNotFound").contains("no-such-dataset");
    }

    @Test
    void theCrawlerRunOfABlankDatasetUriIsRefusedAsRequired() {
        String error = crawlerRun(owner, " ").error();

        assertThat(error).contains("RequiredParameter").contains("datasetUri");
    }
}
