package io.grantline.cloud.local;

import static io.grantline.cloud.local.DatasetStackTemplate.ACCOUNT;
import static io.grantline.cloud.local.DatasetStackTemplate.BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.CRAWLER;
import static io.grantline.cloud.local.DatasetStackTemplate.DATABASE;
import static io.grantline.cloud.local.DatasetStackTemplate.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.GlueCrawlers.CrawlerState;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGlueCrawlersTest {

    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);
    static final String BUCKET_LOCATION = "s3://" + BUCKET;

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void deployedDataset() {
        cloud = new LocalCloud(DEPLOY_TIME, now::get, dataDir);
        DatasetStackTemplate.deploy(cloud);
        passDeployTime();
    }

    @Test
    void crawlMakesATablePerTopLevelPrefixHoldingDataFiles() {
        cloud.putFile(BUCKET, "sales/2026/part-1.csv", "id,amount\n1,9.5\n");
        cloud.putFile(BUCKET, "Customer Events/day.jsonl", "{\"id\": 1}\n");
        cloud.putFile(BUCKET, "notes/readme.txt", "not data");
        cloud.putFile(BUCKET, "top.csv", "id\n1\n");

        crawl();

        assertThat(tables()).extracting(CatalogTable::name).containsExactly("customer_events", "sales");
    }

    @Test
    void tableIsLocatedAtItsPrefixAndClassifiedByItsFiles() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id;amount\n1;9.5\n");
        cloud.putFile(BUCKET, "events/day.json", "{\"id\": 1}\n");

        crawl();

        CatalogTable sales = table("sales");
        assertThat(sales.location()).isEqualTo("s3://" + BUCKET + "/sales/");
        assertThat(sales.properties()).containsEntry("classification", "csv").containsEntry("delimiter", ";");
        assertThat(sales.columns()).containsExactly(new CatalogColumn("id", "bigint", null, "column"),
                new CatalogColumn("amount", "double", null, "column"));
        assertThat(table("events").properties()).containsEntry("classification", "json");
    }

    @Test
    void crawlerRunsUntilTheDeployTimeHasPassedThenSucceeds() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");

        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, BUCKET_LOCATION);

        assertThat(state()).isEqualTo(new CrawlerState(RunStatus.RUNNING, null));
        passDeployTime();
        assertThat(state()).isEqualTo(new CrawlerState(RunStatus.SUCCEEDED, null));
    }

    @Test
    void tablesWhoseFilesAreGoneLeaveTheCatalog() throws IOException {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");
        cloud.putFile(BUCKET, "events/day.jsonl", "{\"id\": 1}\n");
        crawl();

        delete(cloud.bucketsFolder.resolve(BUCKET).resolve("events"));
        crawl();

        assertThat(tables()).extracting(CatalogTable::name).containsExactly("sales");
    }

    @Test
    void crawlOfAPrefixHoldingFilesMakesOneTableForIt() {
        cloud.putFile(BUCKET, "raw/sales/part-1.csv", "id\n1\n");

        crawl(BUCKET_LOCATION + "/raw/sales");

        assertThat(table("sales").location()).isEqualTo("s3://" + BUCKET + "/raw/sales/");
    }

    @Test
    void crawlOfAPrefixLeavesTheTablesElsewhereAlone() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");
        crawl();
        cloud.putFile(BUCKET, "raw/events/day.jsonl", "{\"id\": 1}\n");

        crawl(BUCKET_LOCATION + "/raw");

        assertThat(tables()).extracting(CatalogTable::name).containsExactly("events", "sales");
    }

    @Test
    void unreadableFileFailsTheCrawlWithItsCauseAndChangesNothing() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");
        crawl();
        cloud.putFile(BUCKET, "events/day.jsonl", "{\"id\": \n");

        CrawlerState state = crawl();

        assertThat(state.status()).isEqualTo(RunStatus.FAILED);
        assertThat(state.error()).contains("s3://" + BUCKET + "/events/day.jsonl").contains("not JSON");
        assertThat(tables()).extracting(CatalogTable::name).containsExactly("sales");
    }

    @Test
    void crawlOfABucketThatDoesNotExistFails() {
        CrawlerState state = crawl("s3://no-such-bucket");

        assertThat(state.status()).isEqualTo(RunStatus.FAILED);
        assertThat(state.error()).contains("no-such-bucket");
    }

    @Test
    void failedCrawlerCanBeStartedAgain() {
        cloud.putFile(BUCKET, "events/day.jsonl", "{\"id\": \n");
        crawl();
        cloud.putFile(BUCKET, "events/day.jsonl", "{\"id\": 1}\n");

        assertThat(crawl().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tables()).extracting(CatalogTable::name).containsExactly("events");
    }

    @Test
    void startingACrawlerThatIsRunningIsThrottled() {
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, BUCKET_LOCATION);

        assertThatThrownBy(() -> cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, BUCKET_LOCATION))
                .isInstanceOf(CloudThrottledException.class).hasMessageContaining("already started");
    }

    @Test
    void crawlerOfAnUnknownNameIsNotFound() {
        assertThatThrownBy(() -> cloud.glueCrawlers.start(ACCOUNT, REGION, "no-such-crawler", BUCKET_LOCATION))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> cloud.glueCrawlers.state(ACCOUNT, REGION, "no-such-crawler"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void injectedFaultFailsTheStartAndTheCrawlerStaysIdle() {
        cloud.faults.inject(Operation.START_CRAWLER, ACCOUNT, Kind.THROTTLING, 1);

        assertThatThrownBy(() -> cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, BUCKET_LOCATION))
                .isInstanceOf(CloudThrottledException.class);
        assertThat(state().status()).isEqualTo(RunStatus.STARTING);
        assertThat(crawl().status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void injectedFaultFailsTheStatePoll() {
        cloud.faults.inject(Operation.GET_CRAWLER, ACCOUNT, Kind.THROTTLING, 1);

        assertThatThrownBy(this::state).isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void columnCommentIsKeptInTheCatalogAndSurvivesTheNextCrawl() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id,amount\n1,9.5\n");
        crawl();

        cloud.glueCatalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "sales", "amount", "Total in euros");
        crawl();

        assertThat(table("sales").columns()).contains(new CatalogColumn("amount", "double", "Total in euros",
                "column"));
    }

    @Test
    void commentOnAColumnTheTableDoesNotHaveIsNotFound() {
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");
        crawl();

        assertThatThrownBy(() -> cloud.glueCatalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "sales", "nope",
                "x")).isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> cloud.glueCatalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "nope", "id",
                "x")).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void tablesOfAnUnknownDatabaseAreNotFound() {
        assertThatThrownBy(() -> cloud.glueCatalog.tables(ACCOUNT, REGION, "no_such_db"))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThat(cloud.glueCatalog.table(ACCOUNT, REGION, "no_such_db", "sales")).isEmpty();
    }

    private CrawlerState crawl() {
        return crawl(BUCKET_LOCATION);
    }

    private CrawlerState crawl(String location) {
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, location);
        passDeployTime();
        return state();
    }

    private CrawlerState state() {
        return cloud.glueCrawlers.state(ACCOUNT, REGION, CRAWLER);
    }

    private List<CatalogTable> tables() {
        return cloud.glueCatalog.tables(ACCOUNT, REGION, DATABASE);
    }

    private CatalogTable table(String name) {
        return cloud.glueCatalog.table(ACCOUNT, REGION, DATABASE, name).orElseThrow();
    }

    private void passDeployTime() {
        now.set(now.get().plus(DEPLOY_TIME));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
