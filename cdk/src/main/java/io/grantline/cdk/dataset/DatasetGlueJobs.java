package io.grantline.cdk.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.glue.CfnCrawler;
import software.amazon.awscdk.services.glue.CfnCrawler.S3TargetProperty;
import software.amazon.awscdk.services.glue.CfnCrawler.TargetsProperty;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnJob;
import software.amazon.awscdk.services.glue.CfnJob.ExecutionPropertyProperty;
import software.amazon.awscdk.services.glue.CfnJob.JobCommandProperty;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration.CloudWatchEncryptionProperty;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration.EncryptionConfigurationProperty;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration.JobBookmarksEncryptionProperty;
import software.amazon.awscdk.services.glue.CfnSecurityConfiguration.S3EncryptionProperty;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The Glue crawler that turns the bucket's prefixes into tables and the Glue 4 job that profiles a table, both
 * running as the dataset role under a security configuration that encrypts their logs and job bookmarks.
 */
final class DatasetGlueJobs {

    static final String GLUE_VERSION = "4.0";
    static final String PROFILING_SCRIPT_KEY = "profiling/code/glue_script.py";
    static final String DEEQU_JAR_KEY = "profiling/code/jars/deequ-2.0.7-spark-3.3.jar";

    private DatasetGlueJobs() {
    }

    static String securityConfigurationName(DatasetStackProps props) {
        return props.crawlerName() + "-security-config";
    }

    static CfnSecurityConfiguration securityConfiguration(Construct scope, DatasetStackProps props,
                                                          DatasetRole role) {
        Key logKey = Key.Builder.create(scope, "GlueLogsKey")
                .alias(props.crawlerName() + "-log-enc-key")
                .description("Encrypts the Glue logs and job bookmarks of dataset " + props.datasetUri())
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        logKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("EnableCrawlerIAMRoleKeyUsage")
                .principals(List.of(role.role()))
                .actions(DatasetKey.DATA_KEY_ACTIONS)
                .resources(List.of("*"))
                .build());
        logKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("EnableCloudWatchLogsKeyUsage")
                .principals(List.of(new ServicePrincipal("logs." + props.region() + ".amazonaws.com")))
                .actions(DatasetKey.DATA_KEY_ACTIONS)
                .resources(List.of("*"))
                .build());
        return CfnSecurityConfiguration.Builder.create(scope, "GlueSecurityConfiguration")
                .name(securityConfigurationName(props))
                .encryptionConfiguration(EncryptionConfigurationProperty.builder()
                        .cloudWatchEncryption(CloudWatchEncryptionProperty.builder()
                                .cloudWatchEncryptionMode("SSE-KMS")
                                .kmsKeyArn(logKey.getKeyArn())
                                .build())
                        .jobBookmarksEncryption(JobBookmarksEncryptionProperty.builder()
                                .jobBookmarksEncryptionMode("CSE-KMS")
                                .kmsKeyArn(logKey.getKeyArn())
                                .build())
                        // The results the job writes take the environment bucket's default encryption (SSE-S3),
                        // so they are read back without this key.
                        .s3Encryptions(List.of(S3EncryptionProperty.builder().s3EncryptionMode("DISABLED").build()))
                        .build())
                .build();
    }

    static CfnCrawler crawler(Construct scope, DatasetStackProps props, DatasetRole role,
                              CfnSecurityConfiguration securityConfiguration) {
        return CfnCrawler.Builder.create(scope, "DatasetCrawler")
                .name(props.crawlerName())
                .description("Crawls the bucket of dataset " + props.datasetUri())
                .role(role.arn())
                .databaseName(props.glueDatabaseName())
                .crawlerSecurityConfiguration(securityConfiguration.getRef())
                .targets(TargetsProperty.builder()
                        .s3Targets(List.of(S3TargetProperty.builder().path("s3://" + props.bucketName()).build()))
                        .build())
                .build();
    }

    static CfnJob profilingJob(Construct scope, DatasetStackProps props, DatasetRole role,
                               CfnSecurityConfiguration securityConfiguration) {
        String environmentBucket = "s3://" + props.environmentBucketName() + "/";
        return CfnJob.Builder.create(scope, "DatasetGlueProfilingJob")
                .name(props.profilingJobName())
                .description("Profiles the tables of dataset " + props.datasetUri())
                .role(role.arn())
                .glueVersion(GLUE_VERSION)
                .workerType("G.1X")
                .numberOfWorkers(2)
                // Every table of the dataset may be profiled at the same time.
                .executionProperty(ExecutionPropertyProperty.builder().maxConcurrentRuns(100).build())
                .securityConfiguration(securityConfiguration.getRef())
                .command(JobCommandProperty.builder()
                        .name("glueetl")
                        .pythonVersion("3")
                        .scriptLocation(environmentBucket + PROFILING_SCRIPT_KEY)
                        .build())
                .defaultArguments(profilingArguments(props, environmentBucket))
                .build();
    }

    /** Makes the crawler and the job wait for what they run with: the database and the role's policy. */
    static void dependOn(List<? extends Construct> dependents, Optional<CfnDatabase> database,
                         Optional<? extends Construct> rolePolicy) {
        for (Construct dependent : dependents) {
            database.ifPresent(dependent.getNode()::addDependency);
            rolePolicy.ifPresent(dependent.getNode()::addDependency);
        }
    }

    // Each run adds --tableName and --resultsKey, and may override the defaults. Results go to the environment
    // bucket, as in data.all: in the dataset bucket a crawl would make a table of them.
    private static Map<String, String> profilingArguments(DatasetStackProps props, String environmentBucket) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("--additional-python-modules", "urllib3<2,pydeequ");
        arguments.put("--extra-jars", environmentBucket + DEEQU_JAR_KEY);
        arguments.put("--SPARK_VERSION", "3.3");
        arguments.put("--datasetUri", props.datasetUri());
        arguments.put("--databaseName", props.glueDatabaseName());
        arguments.put("--resultsBucket", props.environmentBucketName());
        arguments.put("--enable-metrics", "true");
        arguments.put("--enable-continuous-cloudwatch-log", "true");
        arguments.put("--enable-glue-datacatalog", "true");
        return arguments;
    }
}
