package io.grantline.cloud;

import java.util.Map;

/** Glue jobs (the dataset's profiling job): started with arguments, then polled until the run stops. */
public interface GlueJobs {

    /** Starts a run and answers its id. */
    String start(String accountId, String region, String jobName, Map<String, String> arguments);

    JobRunState state(String accountId, String region, String jobName, String runId);

    /** status is one of RunStatus; error is Glue's message when it FAILED. */
    record JobRunState(String status, String error) {
    }
}
