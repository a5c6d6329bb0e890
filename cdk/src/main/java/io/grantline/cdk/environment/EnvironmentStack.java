package io.grantline.cdk.environment;

import io.grantline.cdk.LogicalIds;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.athena.CfnWorkGroup;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lakeformation.CfnDataLakeSettings;
import software.amazon.awscdk.services.lakeformation.CfnDataLakeSettings.DataLakePrincipalProperty;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.CfnBucket.LoggingConfigurationProperty;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The stack deployed into an environment's account: its default bucket, team roles, Athena workgroups and
 * the pivot role as Lake Formation admin, as data.all's environment stack does.
 */
public final class EnvironmentStack extends Stack {

    public static final String DEFAULT_BUCKET_OUTPUT = "EnvironmentDefaultBucketName";
    public static final String DEFAULT_WORKGROUP_OUTPUT = "EnvironmentDefaultAthenaWorkGroup";
    public static final String LOGS_BUCKET_OUTPUT = "EnvironmentLogsBucketName";

    private static final String TEAM_ROLE_OUTPUT_PREFIX = "TeamRole";
    private static final Duration INFREQUENT_ACCESS_AFTER = Duration.days(30);

    public EnvironmentStack(Construct scope, EnvironmentStackProps props) {
        super(scope, props.stackName(), stackProps(props));
        Bucket accessLogs = accessLogsBucket(props);
        Bucket bucket = defaultBucket(props, accessLogs);
        String pivotRoleArn = TeamRoles.roleArn(props.accountId(), props.pivotRoleName());

        // Its logical id names no team, so the workgroup stays in place when the environment changes admin team.
        CfnWorkGroup defaultWorkGroup =
                AthenaWorkGroups.create(this, "DefaultWorkGroup", props.defaultAthenaWorkGroup(), bucket);
        for (TeamRoleProps team : props.teams()) {
            String teamId = LogicalIds.sanitize(team.groupUri());
            if (!team.athenaWorkGroup().equals(props.defaultAthenaWorkGroup())) {
                AthenaWorkGroups.create(this, "Team" + teamId + "WorkGroup", team.athenaWorkGroup(), bucket);
            }
            IRole role = TeamRoles.createOrImport(this, "Team" + teamId + "Role", team, pivotRoleArn, bucket);
            output(teamRoleOutput(team.groupUri()), role.getRoleArn());
        }
        makeDataLakeAdmin(pivotRoleArn);

        output(DEFAULT_BUCKET_OUTPUT, bucket.getBucketName());
        output(DEFAULT_WORKGROUP_OUTPUT, defaultWorkGroup.getRef());
        output(LOGS_BUCKET_OUTPUT, accessLogs.getBucketName());
        props.tags().forEach((key, value) -> Tags.of(this).add(key, value));
    }

    /** The output that holds the ARN of the team's role. */
    public static String teamRoleOutput(String groupUri) {
        return TEAM_ROLE_OUTPUT_PREFIX + LogicalIds.sanitize(groupUri);
    }

    private static StackProps stackProps(EnvironmentStackProps props) {
        return StackProps.builder()
                .stackName(props.stackName())
                .description("Grantline environment " + props.environmentUri())
                .env(Environment.builder().account(props.accountId()).region(props.region()).build())
                // No bootstrap-version rule and no CDK metadata: the template must stand on its own.
                .synthesizer(DefaultStackSynthesizer.Builder.create().generateBootstrapVersionRule(false).build())
                .analyticsReporting(false)
                .build();
    }

    /**
     * The bucket the environment's buckets log their server access to, each under {@code <bucketName>/}: the
     * default bucket and the dataset buckets that dataset stacks create later. Log delivery is granted by bucket
     * policy (an ACL would conflict with blocked public access) to every bucket of the environment's account, as
     * the dataset buckets are not known here.
     */
    private Bucket accessLogsBucket(EnvironmentStackProps props) {
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogsBucket")
                .bucketName(props.logsBucketName())
                .encryption(BucketEncryption.S3_MANAGED)
                .versioned(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        accessLogs.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("ServerAccessLogsOfTheAccountsBuckets")
                .principals(List.of(new ServicePrincipal("logging.s3.amazonaws.com")))
                .actions(List.of("s3:PutObject"))
                .resources(List.of(accessLogs.arnForObjects("*")))
                .conditions(Map.of(
                        "ArnLike", Map.of("aws:SourceArn", "arn:aws:s3:::*"),
                        "StringEquals", Map.of("aws:SourceAccount", props.accountId())))
                .build());
        return accessLogs;
    }

    private Bucket defaultBucket(EnvironmentStackProps props, Bucket accessLogs) {
        Bucket bucket = Bucket.Builder.create(this, "EnvironmentDefaultBucket")
                .bucketName(props.defaultBucketName())
                .encryption(BucketEncryption.S3_MANAGED)
                .versioned(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("MoveToInfrequentAccess")
                        .enabled(true)
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(INFREQUENT_ACCESS_AFTER)
                                .build()))
                        .noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(INFREQUENT_ACCESS_AFTER)
                                .build()))
                        .build()))
                .build();
        // Set on the resource itself: CDK's serverAccessLogsBucket would add a second grant for this bucket alone.
        CfnBucket resource = (CfnBucket) bucket.getNode().getDefaultChild();
        resource.setLoggingConfiguration(LoggingConfigurationProperty.builder()
                .destinationBucketName(accessLogs.getBucketName())
                .logFilePrefix(props.defaultBucketName() + "/")
                .build());
        return bucket;
    }

    private void makeDataLakeAdmin(String pivotRoleArn) {
        CfnDataLakeSettings.Builder.create(this, "PivotRoleDataLakeAdmin")
                .admins(List.of(DataLakePrincipalProperty.builder()
                        .dataLakePrincipalIdentifier(pivotRoleArn)
                        .build()))
                // APPEND adds the pivot role beside the account's existing admins; REPLACE would remove them.
                .mutationType("APPEND")
                .build();
    }

    private void output(String id, String value) {
        CfnOutput.Builder.create(this, id).value(value).build();
    }
}
