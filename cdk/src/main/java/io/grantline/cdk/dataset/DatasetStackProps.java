package io.grantline.cdk.dataset;

import io.grantline.cdk.Require;
import java.util.Map;

/**
 * Everything the dataset stack is built from. Immutable, so it can key the synthesized-template cache.
 * The imported* flags say which resources already exist and are referenced rather than created; an imported
 * bucket without a KMS alias (kmsAlias null) is SSE-S3 encrypted. ownerTeamRoleArn is the environment role of
 * the dataset's owner team, which the KMS key and the Glue database grant to. accessLogsBucketName is the
 * environment's access-logs bucket that a created dataset bucket logs to, or null for no server access logs.
 */
public record DatasetStackProps(
        String datasetUri,
        String stackName,
        String accountId,
        String region,
        String resourcePrefix,
        String bucketName,
        String kmsAlias,
        String glueDatabaseName,
        String datasetRoleName,
        String crawlerName,
        String profilingJobName,
        String ownerTeamRoleArn,
        String pivotRoleName,
        String environmentBucketName,
        String confidentiality,
        boolean importedS3Bucket,
        boolean importedKmsKey,
        boolean importedGlueDatabase,
        boolean importedAdminRole,
        Map<String, String> tags,
        String accessLogsBucketName) {

    /** Props of a stack whose bucket keeps no server access logs. */
    public DatasetStackProps(String datasetUri, String stackName, String accountId, String region,
                             String resourcePrefix, String bucketName, String kmsAlias, String glueDatabaseName,
                             String datasetRoleName, String crawlerName, String profilingJobName,
                             String ownerTeamRoleArn, String pivotRoleName, String environmentBucketName,
                             String confidentiality, boolean importedS3Bucket, boolean importedKmsKey,
                             boolean importedGlueDatabase, boolean importedAdminRole, Map<String, String> tags) {
        this(datasetUri, stackName, accountId, region, resourcePrefix, bucketName, kmsAlias, glueDatabaseName,
                datasetRoleName, crawlerName, profilingJobName, ownerTeamRoleArn, pivotRoleName,
                environmentBucketName, confidentiality, importedS3Bucket, importedKmsKey, importedGlueDatabase,
                importedAdminRole, tags, null);
    }

    public DatasetStackProps {
        Require.notBlank(datasetUri, "datasetUri");
        Require.notBlank(stackName, "stackName");
        Require.notBlank(accountId, "accountId");
        Require.notBlank(region, "region");
        Require.notBlank(bucketName, "bucketName");
        Require.notBlank(glueDatabaseName, "glueDatabaseName");
        Require.notBlank(datasetRoleName, "datasetRoleName");
        Require.notBlank(crawlerName, "crawlerName");
        Require.notBlank(profilingJobName, "profilingJobName");
        Require.notBlank(pivotRoleName, "pivotRoleName");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        accessLogsBucketName = accessLogsBucketName == null || accessLogsBucketName.isBlank()
                ? null : accessLogsBucketName;
    }
}
