package io.grantline.cloud.aws;

import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.GlueJobs;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.model.JobRun;

/** The dataset's profiling job in the environment account, through the pivot role. */
public class AwsGlueJobs implements GlueJobs {

    private final AwsDatasetClients clients;

    public AwsGlueJobs(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public String start(String accountId, String region, String jobName, Map<String, String> arguments) {
        try {
            return clients.glue(accountId, region).startJobRun(request -> request.jobName(jobName)
                    .arguments(arguments)).jobRunId();
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:StartJobRun " + jobName, e);
        }
    }

    @Override
    public JobRunState state(String accountId, String region, String jobName, String runId) {
        try {
            return state(clients.glue(accountId, region).getJobRun(request -> request.jobName(jobName)
                    .runId(runId)).jobRun());
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetJobRun " + jobName + " " + runId, e);
        }
    }

    /** Glue's run states folded into RunStatus: every way a run can end other than SUCCEEDED is a failure. */
    static JobRunState state(JobRun run) {
        String state = run.jobRunStateAsString();
        return switch (state == null ? "" : state) {
            case "STARTING", "WAITING", "" -> new JobRunState(RunStatus.STARTING, null);
            case "RUNNING", "STOPPING" -> new JobRunState(RunStatus.RUNNING, null);
            case "SUCCEEDED" -> new JobRunState(RunStatus.SUCCEEDED, null);
            default -> new JobRunState(RunStatus.FAILED, run.errorMessage() == null || run.errorMessage().isBlank()
                    ? "The job run ended " + state : run.errorMessage());
        };
    }
}
