package io.grantline.cloud.local;

import static io.grantline.cloud.local.DatasetStackTemplate.ACCOUNT;
import static io.grantline.cloud.local.DatasetStackTemplate.BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.CRAWLER;
import static io.grantline.cloud.local.DatasetStackTemplate.ENVIRONMENT_BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.PROFILING_JOB;
import static io.grantline.cloud.local.DatasetStackTemplate.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudTimeoutException;
import io.grantline.cloud.GlueJobs.JobRunState;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGlueJobsTest {

    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);
    static final String RESULTS_KEY = "profiling/results/abc123/sales/run1/results.json";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void crawledDataset() {
        cloud = new LocalCloud(DEPLOY_TIME, now::get, dataDir);
        DatasetStackTemplate.deploy(cloud);
        // made by the environment stack
        cloud.buckets.create(ENVIRONMENT_BUCKET);
        passDeployTime();
        cloud.putFile(BUCKET, "sales/part-1.csv", "id,amount,customer\n1,9.5,ACME\n2,,Globex\n3,20,ACME\n");
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, "s3://" + BUCKET);
        passDeployTime();
    }

    @Test
    void runIsRunningUntilTheDeployTimeHasPassedThenSucceeds() {
        String runId = profile("sales");

        assertThat(state(runId)).isEqualTo(new JobRunState(RunStatus.RUNNING, null));
        passDeployTime();
        assertThat(state(runId)).isEqualTo(new JobRunState(RunStatus.SUCCEEDED, null));
    }

    @Test
    void runWritesTheTableProfileAtTheResultsKeyOfTheResultsBucket() throws IOException {
        profile("sales");
        passDeployTime();

        JsonNode results = new ObjectMapper().readTree(cloud.datasetBuckets.readObject(ACCOUNT, REGION,
                ENVIRONMENT_BUCKET, RESULTS_KEY));

        assertThat(results.get("table_nb_rows").asLong()).isEqualTo(3);
        JsonNode amount = results.get("columns").get(1);
        assertThat(amount.get("Name").asText()).isEqualTo("amount");
        assertThat(amount.get("Type").asText()).isEqualTo("double");
        assertThat(amount.get("Metadata").get("Nulls").asLong()).isEqualTo(1);
        assertThat(amount.get("Metadata").get("Maximum").asDouble()).isEqualTo(20.0);
        assertThat(results.get("columns").get(2).get("Metadata").get("Distinct").asLong()).isEqualTo(2);
    }

    @Test
    void runWritesNothingIntoTheBucketOfTheTableItProfiles() {
        profile("sales");
        passDeployTime();

        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, BUCKET, RESULTS_KEY))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThat(cloud.bucketsFolder.resolve(BUCKET).resolve("profiling")).doesNotExist();
    }

    @Test
    void resultsBucketGivenToTheRunOverridesTheJobsDefault() {
        cloud.buckets.create("other-results");
        cloud.glueJobs.start(ACCOUNT, REGION, PROFILING_JOB, Map.of("--tableName", "sales",
                "--resultsBucket", "other-results", "--resultsKey", RESULTS_KEY));
        passDeployTime();

        assertThat(cloud.datasetBuckets.readObject(ACCOUNT, REGION, "other-results", RESULTS_KEY))
                .contains("table_nb_rows");
        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, ENVIRONMENT_BUCKET, RESULTS_KEY))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void runWhoseResultsBucketDoesNotExistFailsWithTheCause() {
        String runId = cloud.glueJobs.start(ACCOUNT, REGION, PROFILING_JOB, Map.of("--tableName", "sales",
                "--resultsBucket", "no-such-bucket", "--resultsKey", RESULTS_KEY));
        passDeployTime();

        JobRunState state = state(runId);
        assertThat(state.status()).isEqualTo(RunStatus.FAILED);
        assertThat(state.error()).contains("no-such-bucket");
    }

    @Test
    void runOfATableTheCatalogDoesNotHaveFailsWithTheCause() {
        String runId = profile("no_such_table");
        passDeployTime();

        JobRunState state = state(runId);
        assertThat(state.status()).isEqualTo(RunStatus.FAILED);
        assertThat(state.error()).contains("no_such_table");
    }

    @Test
    void runOfAnUnknownJobIsNotFound() {
        assertThatThrownBy(() -> cloud.glueJobs.start(ACCOUNT, REGION, "no-such-job", Map.of()))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> state("jr_unknown")).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void injectedFaultFailsTheStart() {
        cloud.faults.inject(Operation.START_JOB_RUN, ACCOUNT, Kind.TIMEOUT, 1);

        assertThatThrownBy(() -> profile("sales")).isInstanceOf(CloudTimeoutException.class);
        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, ENVIRONMENT_BUCKET, RESULTS_KEY))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void injectedFaultFailsTheStatePoll() {
        String runId = profile("sales");
        cloud.faults.inject(Operation.GET_JOB_RUN, ACCOUNT, Kind.TIMEOUT, 1);

        assertThatThrownBy(() -> state(runId)).isInstanceOf(CloudTimeoutException.class);
    }

    // the database and the results bucket come from the job's default arguments in the template
    private String profile(String table) {
        return cloud.glueJobs.start(ACCOUNT, REGION, PROFILING_JOB, Map.of("--tableName", table,
                "--resultsKey", RESULTS_KEY));
    }

    private JobRunState state(String runId) {
        return cloud.glueJobs.state(ACCOUNT, REGION, PROFILING_JOB, runId);
    }

    private void passDeployTime() {
        now.set(now.get().plus(DEPLOY_TIME));
    }
}
