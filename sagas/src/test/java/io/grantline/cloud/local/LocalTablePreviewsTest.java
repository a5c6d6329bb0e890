package io.grantline.cloud.local;

import static io.grantline.cloud.local.DatasetStackTemplate.ACCOUNT;
import static io.grantline.cloud.local.DatasetStackTemplate.BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.CRAWLER;
import static io.grantline.cloud.local.DatasetStackTemplate.DATABASE;
import static io.grantline.cloud.local.DatasetStackTemplate.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTablePreviewsTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void crawledDataset() {
        cloud = new LocalCloud(Duration.ZERO, now::get, dataDir);
        DatasetStackTemplate.deploy(cloud);
        cloud.putFile(BUCKET, "sales/part-1.csv", "id,amount,paid,customer\n1,9.5,true,ACME\n2,,false,\"Globex, Inc\"\n");
        cloud.putFile(BUCKET, "sales/part-2.csv", "id,amount,paid,customer\n3,20,true,ACME\n");
        cloud.putFile(BUCKET, "events/day.jsonl", "{\"id\": 1, \"tags\": [\"a\"]}\n{\"id\": 2, \"extra\": \"x\"}\n");
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, "s3://" + BUCKET);
    }

    @Test
    void fieldsAreTheColumnNames() {
        assertThat(preview("sales", 10).fields()).containsExactly("id", "amount", "paid", "customer");
    }

    @Test
    void rowsAreJsonArraysOfTheValuesTypedByTheirColumns() {
        assertThat(preview("sales", 10).rows()).containsExactly(
                "[1,9.5,true,\"ACME\"]", "[2,null,false,\"Globex, Inc\"]", "[3,20.0,true,\"ACME\"]");
    }

    @Test
    void previewStopsAtTheLimit() {
        assertThat(preview("sales", 2).rows()).hasSize(2);
    }

    @Test
    void jsonRecordsMissingAColumnShowNull() {
        TablePreview events = preview("events", 10);

        assertThat(events.fields()).containsExactly("id", "tags", "extra");
        assertThat(events.rows()).containsExactly("[1,\"[\\\"a\\\"]\",null]", "[2,null,\"x\"]");
    }

    @Test
    void previewOfATableTheCatalogDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> preview("nope", 10)).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void injectedFaultFailsThePreview() {
        cloud.faults.inject(Operation.PREVIEW_TABLE, ACCOUNT, Kind.THROTTLING, 1);

        assertThatThrownBy(() -> preview("sales", 10)).isInstanceOf(CloudThrottledException.class);
    }

    private TablePreview preview(String table, int limit) {
        return cloud.tablePreviews.preview(ACCOUNT, REGION, DATABASE, table, "s3://" + BUCKET + "/" + table + "/",
                limit, "primary");
    }
}
