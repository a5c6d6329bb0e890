package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.GLUE;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.GlueJobs.JobRunState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsGlueJobsTest {

    static final String JOB = "dataall-sales-abc123-profiler";
    static final String RUN = "jr_0123456789abcdef";
    static final Map<String, String> ARGUMENTS = Map.of("--databaseName", "dataall_sales_abc123",
            "--tableName", "orders", "--resultsBucket", "dataall-sales-abc123",
            "--resultsKey", "profiling/results/run1.json");

    final DatasetStubs stubs = new DatasetStubs();
    final AwsGlueJobs jobs = new AwsGlueJobs(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void runIsStartedWithTheArgumentsAndItsIdAnswered() {
        stubs.answer(operation(GLUE + "StartJobRun"), """
                {"JobRunId": "%s"}""".formatted(RUN));

        assertThat(jobs.start(ACCOUNT, REGION, JOB, ARGUMENTS)).isEqualTo(RUN);
        stubs.aws.server.verify(called(GLUE + "StartJobRun").withRequestBody(equalToJson("""
                {"JobName": "%s", "Arguments": {"--databaseName": "dataall_sales_abc123", "--tableName": "orders",
                 "--resultsBucket": "dataall-sales-abc123", "--resultsKey": "profiling/results/run1.json"}}"""
                .formatted(JOB))));
    }

    @Test
    void jobAtItsLimitOfConcurrentRunsIsRetriable() {
        stubs.fail(operation(GLUE + "StartJobRun"), 400, "ConcurrentRunsExceededException",
                "Concurrent runs exceeded for " + JOB);

        assertThatThrownBy(() -> jobs.start(ACCOUNT, REGION, JOB, ARGUMENTS))
                .isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void jobGlueDoesNotKnowIsNotFound() {
        stubs.fail(operation(GLUE + "StartJobRun"), 400, "EntityNotFoundException", "Failed to start job run due to "
                + "missing metadata");

        assertThatThrownBy(() -> jobs.start(ACCOUNT, REGION, JOB, ARGUMENTS))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void glueRefusingThePivotRoleIsAccessDenied() {
        stubs.fail(operation(GLUE + "StartJobRun"), 400, "AccessDeniedException",
                "not authorized to perform: glue:StartJobRun");

        assertThatThrownBy(() -> jobs.start(ACCOUNT, REGION, JOB, ARGUMENTS))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("glue:StartJobRun " + JOB);
    }

    @Test
    void runWaitingForCapacityIsStarting() {
        runIs("WAITING", null);

        assertThat(jobs.state(ACCOUNT, REGION, JOB, RUN)).isEqualTo(new JobRunState(RunStatus.STARTING, null));
    }

    @Test
    void runningRunIsRunning() {
        runIs("RUNNING", null);

        assertThat(jobs.state(ACCOUNT, REGION, JOB, RUN)).isEqualTo(new JobRunState(RunStatus.RUNNING, null));
    }

    @Test
    void succeededRunSucceeded() {
        runIs("SUCCEEDED", null);

        assertThat(jobs.state(ACCOUNT, REGION, JOB, RUN)).isEqualTo(new JobRunState(RunStatus.SUCCEEDED, null));
    }

    @Test
    void failedRunFailedWithGluesMessage() {
        runIs("FAILED", "AnalysisException: Table or view not found: orders");

        assertThat(jobs.state(ACCOUNT, REGION, JOB, RUN)).isEqualTo(new JobRunState(RunStatus.FAILED,
                "AnalysisException: Table or view not found: orders"));
    }

    @Test
    void runThatTimedOutFailed() {
        runIs("TIMEOUT", null);

        assertThat(jobs.state(ACCOUNT, REGION, JOB, RUN))
                .isEqualTo(new JobRunState(RunStatus.FAILED, "The job run ended TIMEOUT"));
    }

    @Test
    void throttledStateIsThrottled() {
        stubs.fail(operation(GLUE + "GetJobRun"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> jobs.state(ACCOUNT, REGION, JOB, RUN)).isInstanceOf(CloudThrottledException.class);
    }

    private void runIs(String state, String error) {
        stubs.answer(operation(GLUE + "GetJobRun").withRequestBody(equalToJson("""
                {"JobName": "%s", "RunId": "%s"}""".formatted(JOB, RUN))), """
                {"JobRun": {"Id": "%s", "JobName": "%s", "JobRunState": "%s"%s}}""".formatted(RUN, JOB, state,
                error == null ? "" : ", \"ErrorMessage\": \"" + error + "\""));
    }
}
