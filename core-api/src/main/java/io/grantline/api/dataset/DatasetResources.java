package io.grantline.api.dataset;

/**
 * The AWS resources behind a dataset, named by data.all's convention when created, or given by the user when
 * imported (the imported* flags then say which ones the dataset stack references instead of creating).
 */
public record DatasetResources(String s3BucketName, String kmsAlias, String glueDatabaseName,
                               String iamDatasetAdminRoleName, String iamDatasetAdminRoleArn, String glueCrawlerName,
                               String glueProfilingJobName, boolean importedS3Bucket, boolean importedKmsKey,
                               boolean importedGlueDatabase, boolean importedAdminRole) {

    public boolean imported() {
        return importedS3Bucket;
    }
}
