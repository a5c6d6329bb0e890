package io.grantline.cdk.dataset;

import java.util.Map;

/** Dataset props shared by the CDK tests. */
public final class SampleDatasets {

    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "eu-west-1";
    public static final String DATASET_URI = "ds1abc";
    public static final String NAME = "gl-sales-ds1abc";
    public static final String GLUE_DATABASE = "gl_sales_ds1abc";
    public static final String PROFILING_JOB = "gl-sales-ds1abc-profiler";
    public static final String OWNER_ROLE_ARN = "arn:aws:iam::111122223333:role/gl-engineers-env1abc";
    public static final String PIVOT_ROLE_ARN = "arn:aws:iam::111122223333:role/gl-pivot-role";
    public static final String ENVIRONMENT_BUCKET = "gl-env1abc-default";
    public static final String LOGS_BUCKET = "gl-env1abc-default-access-logs";
    public static final String CONFIDENTIALITY = "Secret";

    public static final String IMPORTED_BUCKET = "existing-sales-bucket";
    public static final String IMPORTED_ALIAS = "existing-sales-key";
    public static final String IMPORTED_DATABASE = "existing_sales_db";
    public static final String IMPORTED_ROLE = "existing-sales-role";
    public static final String IMPORTED_ROLE_ARN = "arn:aws:iam::111122223333:role/existing-sales-role";

    private SampleDatasets() {
    }

    /** A dataset whose resources the stack all creates. */
    public static DatasetStackProps created(String datasetUri) {
        String name = "gl-sales-" + datasetUri;
        return new DatasetStackProps(datasetUri, "gl-dataset-" + datasetUri, ACCOUNT, REGION, "gl", name, name,
                "gl_sales_" + datasetUri, name, name, name + "-profiler", OWNER_ROLE_ARN, "gl-pivot-role",
                ENVIRONMENT_BUCKET, CONFIDENTIALITY, false, false, false, false, tags(datasetUri), LOGS_BUCKET);
    }

    /** A dataset imported with its bucket, KMS key, Glue database and role. */
    public static DatasetStackProps importedWithEverything() {
        return imported(IMPORTED_ALIAS, true, true, true);
    }

    /** A dataset imported with a bucket encrypted by S3-managed keys: no KMS alias. */
    public static DatasetStackProps importedSseS3Bucket() {
        return imported(null, false, false, false);
    }

    public static DatasetStackProps imported(String kmsAlias, boolean importedKmsKey, boolean importedGlueDatabase,
                                             boolean importedAdminRole) {
        return new DatasetStackProps(DATASET_URI, "gl-dataset-" + DATASET_URI, ACCOUNT, REGION, "gl",
                IMPORTED_BUCKET, kmsAlias, importedGlueDatabase ? IMPORTED_DATABASE : GLUE_DATABASE,
                importedAdminRole ? IMPORTED_ROLE : NAME, NAME, PROFILING_JOB, OWNER_ROLE_ARN, "gl-pivot-role",
                ENVIRONMENT_BUCKET, CONFIDENTIALITY, true, importedKmsKey, importedGlueDatabase, importedAdminRole,
                tags(DATASET_URI), LOGS_BUCKET);
    }

    private static Map<String, String> tags(String datasetUri) {
        return Map.of("grantline:dataset", datasetUri, "CostCenter", "data-platform");
    }
}
