package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.ProfilingRunView;

/**
 * data.all's DatasetProfilingRun; results is the profiling job's JSON. Grantline starts runs on request only, so
 * the trigger fields stay null. error, why the run failed, is Grantline's addition beside data.all's fields.
 */
public record ProfilingRunNode(String profilingRunUri, String datasetUri, String GlueJobName, String GlueJobRunId,
                               String GlueTriggerSchedule, String GlueTriggerName, String GlueTableName,
                               String AwsAccountId, String results, String created, String updated, String owner,
                               String status, String error) {

    static ProfilingRunNode of(ProfilingRunView view) {
        return new ProfilingRunNode(view.profilingRunUri(), view.datasetUri(), view.glueJobName(),
                view.glueJobRunId(), null, null, view.glueTableName(), view.awsAccountId(), view.results(),
                view.created(), view.updated(), view.owner(), view.status(), view.error());
    }
}
