package io.grantline.cdk.dataset;

import io.grantline.cdk.Require;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The stack deployed for a dataset into its environment's account, as data.all's dataset stack: KMS key, bucket,
 * dataset role, Lake Formation location and grants, Glue database, crawler and profiling job. Imported resources
 * are referenced, never created or changed.
 */
public final class DatasetStack extends Stack {

    public static final String BUCKET_OUTPUT = "S3BucketName";
    public static final String KMS_ALIAS_OUTPUT = "KmsAlias";
    public static final String GLUE_DATABASE_OUTPUT = "GlueDatabaseName";
    public static final String ROLE_ARN_OUTPUT = "IAMDatasetAdminRoleArn";
    public static final String CRAWLER_OUTPUT = "GlueCrawlerName";
    public static final String PROFILING_JOB_OUTPUT = "GlueProfilingJobName";
    public static final String CLASSIFICATION_TAG = "Classification";

    public DatasetStack(Construct scope, DatasetStackProps props) {
        super(scope, props.stackName(), stackProps(props));
        Require.notBlank(props.environmentBucketName(), "environmentBucketName");
        // Log delivery is granted by bucket policy; the default (an ACL) conflicts with blocked public access.
        getNode().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);

        DatasetRole role = DatasetRole.createOrImport(this, props);
        DatasetKey key = DatasetKey.of(this, props, role);
        IBucket bucket = DatasetBucket.createOrImport(this, props, key);
        Optional<Policy> rolePolicy = role.grantDatasetAccess(this, props, bucket, key);

        DatasetCatalog.registerLocation(this, bucket, role, rolePolicy);
        Optional<CfnDatabase> database = DatasetCatalog.createDatabase(this, props);
        DatasetCatalog.grantAdministrators(this, props, role, database);

        CfnSecurityConfiguration securityConfiguration = DatasetGlueJobs.securityConfiguration(this, props, role);
        DatasetGlueJobs.dependOn(List.of(
                DatasetGlueJobs.crawler(this, props, role, securityConfiguration),
                DatasetGlueJobs.profilingJob(this, props, role, securityConfiguration)), database, rolePolicy);

        output(BUCKET_OUTPUT, bucket.getBucketName());
        key.key().ifPresent(existing -> output(KMS_ALIAS_OUTPUT, props.kmsAlias()));
        output(GLUE_DATABASE_OUTPUT, props.glueDatabaseName());
        output(ROLE_ARN_OUTPUT, role.arn());
        output(CRAWLER_OUTPUT, props.crawlerName());
        output(PROFILING_JOB_OUTPUT, props.profilingJobName());
        tag(props);
    }

    private static StackProps stackProps(DatasetStackProps props) {
        return StackProps.builder()
                .stackName(props.stackName())
                .description("Grantline dataset " + props.datasetUri())
                .env(Environment.builder().account(props.accountId()).region(props.region()).build())
                // No bootstrap-version rule and no CDK metadata: the template must stand on its own.
                .synthesizer(DefaultStackSynthesizer.Builder.create().generateBootstrapVersionRule(false).build())
                .analyticsReporting(false)
                .build();
    }

    private void tag(DatasetStackProps props) {
        if (props.confidentiality() != null && !props.confidentiality().isBlank()) {
            Tags.of(this).add(CLASSIFICATION_TAG, props.confidentiality());
        }
        props.tags().forEach((tagKey, value) -> Tags.of(this).add(tagKey, value));
    }

    private void output(String id, String value) {
        CfnOutput.Builder.create(this, id).value(value).build();
    }
}
