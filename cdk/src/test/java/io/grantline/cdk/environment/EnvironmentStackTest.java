package io.grantline.cdk.environment;

import static io.grantline.cdk.environment.SampleEnvironments.ACCOUNT;
import static io.grantline.cdk.environment.SampleEnvironments.ANALYSTS;
import static io.grantline.cdk.environment.SampleEnvironments.BUCKET;
import static io.grantline.cdk.environment.SampleEnvironments.DEFAULT_WORKGROUP;
import static io.grantline.cdk.environment.SampleEnvironments.ENGINEERS;
import static io.grantline.cdk.environment.SampleEnvironments.IMPORTED_SCIENTISTS;
import static io.grantline.cdk.environment.SampleEnvironments.LOGS_BUCKET;
import static io.grantline.cdk.environment.SampleEnvironments.PIVOT_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cdk.StackSynthesizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class EnvironmentStackTest {

    private static final List<TeamRoleProps> TEAMS = List.of(ENGINEERS, ANALYSTS, IMPORTED_SCIENTISTS);
    private static final List<TeamRoleProps> CREATED_TEAMS = List.of(ENGINEERS, ANALYSTS);
    private static final Map<String, String> LOG_DELIVERY = Map.of("Service", "logging.s3.amazonaws.com");

    private static Template template;
    private static String bucketId;
    private static String accessLogsBucketId;

    @BeforeAll
    static void synthesizeOnce() {
        template = Template.fromString(
                new StackSynthesizer().synthesizeEnvironment(SampleEnvironments.withTwoTeamsAndOneImported()));
        bucketId = onlyLogicalId("AWS::S3::Bucket", Map.of("Properties", Map.of("BucketName", BUCKET)));
        accessLogsBucketId = onlyLogicalId("AWS::S3::Bucket",
                Map.of("Properties", Map.of("BucketName", LOGS_BUCKET)));
    }

    @Test
    void environmentBucketIsVersionedEncryptedAndSslOnly() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", BUCKET,
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
        bucketPolicyHas(bucketId, Map.of(
                "Effect", "Deny",
                "Action", "s3:*",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    }

    @Test
    void environmentBucketBlocksAllPublicAccess() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", BUCKET,
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true)));
    }

    @Test
    void environmentBucketIsKeptWhenTheStackIsDeleted() {
        template.hasResource("AWS::S3::Bucket", Map.of(
                "Properties", Map.of("BucketName", BUCKET),
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void environmentBucketMovesObjectsToInfrequentAccess() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", BUCKET,
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Status", "Enabled",
                        "Transitions", List.of(Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30)),
                        "NoncurrentVersionTransitions",
                        List.of(Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30))))))));
    }

    @Test
    void environmentBucketLogsAccessToTheAccessLogsBucketUnderItsName() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", BUCKET,
                "LoggingConfiguration", Map.of(
                        "DestinationBucketName", Map.of("Ref", accessLogsBucketId),
                        "LogFilePrefix", BUCKET + "/")));
    }

    @Test
    void anyBucketOfTheAccountMayDeliverItsAccessLogsSoThatDatasetBucketsLogThereToo() {
        bucketPolicyHas(accessLogsBucketId, Map.of(
                "Effect", "Allow",
                "Action", "s3:PutObject",
                "Principal", LOG_DELIVERY,
                "Resource", Map.of("Fn::Join", List.of("", List.of(
                        Map.of("Fn::GetAtt", List.of(accessLogsBucketId, "Arn")), "/*"))),
                "Condition", Map.of(
                        "ArnLike", Map.of("aws:SourceArn", "arn:aws:s3:::*"),
                        "StringEquals", Map.of("aws:SourceAccount", ACCOUNT))));
    }

    @Test
    void logDeliveryIsGrantedOnceForAllTheBucketsAndNeverByAcl() {
        assertThat(policyStatements(accessLogsBucketId))
                .filteredOn(statement -> LOG_DELIVERY.equals(statement.get("Principal")))
                .hasSize(1);
        assertThat(policyStatements(bucketId)).noneMatch(statement -> LOG_DELIVERY.equals(statement.get("Principal")));
        assertThat(template.findResources("AWS::S3::Bucket", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("AccessControl", Match.anyValue())))))).isEmpty();
    }

    @Test
    void bucketsAndTheirPoliciesKeepTheirLogicalIdsSoThatUpdatesDoNotReplaceTheNamedBuckets() {
        assertThat(template.findResources("AWS::S3::Bucket").keySet())
                .containsExactlyInAnyOrder("AccessLogsBucket83982689", "EnvironmentDefaultBucket78C3A8B0");
        assertThat(template.findResources("AWS::S3::BucketPolicy").keySet())
                .containsExactlyInAnyOrder("AccessLogsBucketPolicy7F77476F", "EnvironmentDefaultBucketPolicy01C79631");
    }

    @Test
    void accessLogsBucketHasTheGivenNameAndIsKeptWhenTheStackIsDeleted() {
        template.resourceCountIs("AWS::S3::Bucket", 2);
        template.hasResource("AWS::S3::Bucket", Map.of(
                "Properties", Map.of("BucketName", LOGS_BUCKET),
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void accessLogsBucketWithoutANameIsLeftForCloudFormationToNameAndStillAnOutput() {
        Template unnamed = Template.fromString(
                new StackSynthesizer().synthesizeEnvironment(SampleEnvironments.withoutLogsBucketName()));

        unnamed.hasResourceProperties("AWS::S3::Bucket", Map.of("BucketName", BUCKET));
        unnamed.hasOutput("EnvironmentLogsBucketName", Map.of("Value", Map.of("Ref", accessLogsBucketId)));
        assertThat(unnamed.findResources("AWS::S3::Bucket", Match.objectLike(Map.of(
                "Properties", Map.of("BucketName", Match.absent()))))).containsOnlyKeys(accessLogsBucketId);
    }

    @Test
    void accessLogsBucketIsEncryptedPrivateAndSslOnly() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", LOGS_BUCKET,
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Match.objectLike(Map.of("BlockPublicPolicy", true))));
        bucketPolicyHas(accessLogsBucketId, Map.of(
                "Effect", "Deny",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    }

    @Test
    void eachTeamGetsARoleTrustedByThePivotRole() {
        for (TeamRoleProps team : CREATED_TEAMS) {
            template.hasResourceProperties("AWS::IAM::Role", Map.of(
                    "RoleName", team.roleName(),
                    "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Map.of(
                            "Action", "sts:AssumeRole",
                            "Effect", "Allow",
                            "Principal", Map.of("AWS", PIVOT_ROLE_ARN))))))));
        }
    }

    @Test
    void teamRolesAreTrustedByTheDataServices() {
        List<Object> serviceStatements = TeamRoles.TRUSTED_SERVICES.stream()
                .<Object>map(service -> Map.of(
                        "Action", "sts:AssumeRole",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", service)))
                .toList();
        assertThat(TeamRoles.TRUSTED_SERVICES).contains("glue.amazonaws.com", "lambda.amazonaws.com",
                "sagemaker.amazonaws.com", "states.amazonaws.com", "databrew.amazonaws.com",
                "codebuild.amazonaws.com", "codepipeline.amazonaws.com");
        template.hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", ENGINEERS.roleName(),
                "AssumeRolePolicyDocument", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(serviceStatements)))));
    }

    @Test
    void importedTeamRolesAreNotCreated() {
        template.resourceCountIs("AWS::IAM::Role", CREATED_TEAMS.size());
        assertThat(template.findResources("AWS::IAM::Role", Map.of(
                "Properties", Map.of("RoleName", IMPORTED_SCIENTISTS.roleName())))).isEmpty();
        assertThat(template.findResources("AWS::IAM::Policy")).isEmpty();
    }

    @Test
    void teamRolesMayQueryOnlyInTheirOwnWorkgroupAndResultsPrefix() {
        template.hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", ENGINEERS.roleName(),
                "Policies", List.of(Map.of(
                        "PolicyName", TeamRoles.ACCESS_POLICY_NAME,
                        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                                Match.objectLike(Map.of(
                                        "Sid", "AthenaTeamWorkGroup",
                                        "Action", Match.arrayWith(List.of("athena:StartQueryExecution")),
                                        "Resource", Map.of("Fn::Join", List.of("", List.of(
                                                "arn:", Map.of("Ref", "AWS::Partition"),
                                                ":athena:eu-west-1:" + ACCOUNT + ":workgroup/"
                                                        + ENGINEERS.athenaWorkGroup()))))),
                                Match.objectLike(Map.of(
                                        "Sid", "TeamQueryResults",
                                        "Action", Match.arrayWith(List.of("s3:GetObject", "s3:PutObject")),
                                        "Resource", Map.of("Fn::Join", List.of("", List.of(
                                                Map.of("Fn::GetAtt", List.of(bucketId, "Arn")),
                                                "/athenaqueries/" + ENGINEERS.athenaWorkGroup() + "/*")))))))))))));
    }

    @Test
    void eachTeamGetsAnAthenaWorkgroupOnEngineV3() {
        for (TeamRoleProps team : TEAMS) {
            template.hasResourceProperties("AWS::Athena::WorkGroup", Map.of(
                    "Name", team.athenaWorkGroup(),
                    "WorkGroupConfiguration", Match.objectLike(Map.of(
                            "EnforceWorkGroupConfiguration", true,
                            "EngineVersion", Map.of("SelectedEngineVersion", "Athena engine version 3"),
                            "ResultConfiguration", resultsInTheEnvironmentBucket(team.athenaWorkGroup())))));
        }
    }

    @Test
    void theDefaultWorkgroupIsCreatedOnceAndServesTheAdminTeam() {
        assertThat(ENGINEERS.athenaWorkGroup()).isEqualTo(DEFAULT_WORKGROUP);
        template.resourceCountIs("AWS::Athena::WorkGroup", TEAMS.size());
        onlyLogicalId("AWS::Athena::WorkGroup", Map.of("Properties", Map.of(
                "Name", DEFAULT_WORKGROUP,
                "WorkGroupConfiguration", Match.objectLike(Map.of(
                        "EngineVersion", Map.of("SelectedEngineVersion", "Athena engine version 3"),
                        "ResultConfiguration", resultsInTheEnvironmentBucket(DEFAULT_WORKGROUP))))));
        assertThat(template.findResources("AWS::Athena::WorkGroup", Match.objectLike(Map.of(
                "Properties", Map.of("Name", "gl-default"))))).isEmpty();
    }

    @Test
    void aTeamWhoseWorkgroupIsTheDefaultOneSharesItAndStillGetsItsRole() {
        TeamRoleProps sales = new TeamRoleProps("Sales", "gl-sales-team-env1abc", DEFAULT_WORKGROUP, false);
        Template shared = Template.fromString(new StackSynthesizer().synthesizeEnvironment(
                SampleEnvironments.environment("env1abc", List.of(ENGINEERS, ANALYSTS, sales))));

        shared.resourceCountIs("AWS::Athena::WorkGroup", 2);
        assertThat(shared.findResources("AWS::Athena::WorkGroup", Match.objectLike(Map.of(
                "Properties", Map.of("Name", DEFAULT_WORKGROUP))))).hasSize(1);
        shared.hasResourceProperties("AWS::IAM::Role", Map.of("RoleName", sales.roleName()));
    }

    @Test
    void theDefaultWorkgroupStaysInPlaceWhenTheAdminTeamChanges() {
        TeamRoleProps newAdmins = new TeamRoleProps("Platform", "gl-platform-env1abc", DEFAULT_WORKGROUP, false);
        Template handedOver = Template.fromString(new StackSynthesizer().synthesizeEnvironment(
                SampleEnvironments.environment("env1abc", List.of(newAdmins, ANALYSTS))));

        Map<String, Object> byName = Map.of("Properties", Map.of("Name", DEFAULT_WORKGROUP));
        assertThat(handedOver.findResources("AWS::Athena::WorkGroup", Match.objectLike(byName)))
                .containsOnlyKeys(onlyLogicalId("AWS::Athena::WorkGroup", byName));
    }

    @Test
    void pivotRoleIsDataLakeAdmin() {
        template.resourceCountIs("AWS::LakeFormation::DataLakeSettings", 1);
        template.hasResourceProperties("AWS::LakeFormation::DataLakeSettings", Map.of(
                "Admins", List.of(Map.of("DataLakePrincipalIdentifier", PIVOT_ROLE_ARN)),
                "MutationType", "APPEND"));
    }

    @Test
    void outputsNameTheBucketsWorkgroupAndTeamRoles() {
        template.hasOutput("EnvironmentDefaultBucketName", Map.of("Value", Map.of("Ref", bucketId)));
        template.hasOutput("EnvironmentLogsBucketName", Map.of("Value", Map.of("Ref", accessLogsBucketId)));
        template.hasOutput("EnvironmentDefaultAthenaWorkGroup",
                Map.of("Value", Map.of("Ref", onlyLogicalId("AWS::Athena::WorkGroup",
                        Map.of("Properties", Map.of("Name", DEFAULT_WORKGROUP))))));
        template.hasOutput("TeamRoleEngineers", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                roleId(ENGINEERS), "Arn"))));
        template.hasOutput("TeamRoledataanalysts", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                roleId(ANALYSTS), "Arn"))));
        template.hasOutput("TeamRolescientists",
                Map.of("Value", "arn:aws:iam::" + ACCOUNT + ":role/" + IMPORTED_SCIENTISTS.roleName()));
    }

    @Test
    void tagsAreAppliedToTheResources() {
        Object tags = Match.arrayWith(List.of(
                Map.of("Key", "CostCenter", "Value", "data-platform"),
                Map.of("Key", "grantline:environment", "Value", "env1abc")));
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("BucketName", BUCKET, "Tags", tags));
        template.hasResourceProperties("AWS::IAM::Role", Map.of("RoleName", ENGINEERS.roleName(), "Tags", tags));
        template.hasResourceProperties("AWS::Athena::WorkGroup", Map.of("Name", DEFAULT_WORKGROUP, "Tags", tags));
    }

    @Test
    void templateStandsOnItsOwnWithoutBootstrapChecks() {
        Map<String, Object> json = template.toJSON();
        assertThat(json).doesNotContainKeys("Parameters", "Rules");
        assertThat(template.findResources("AWS::CDK::Metadata")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> policyStatements(String bucketLogicalId) {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::S3::BucketPolicy", Match.objectLike(
                Map.of("Properties", Match.objectLike(Map.of("Bucket", Map.of("Ref", bucketLogicalId))))));
        assertThat(policies).hasSize(1);
        Map<String, Object> properties = (Map<String, Object>) policies.values().iterator().next().get("Properties");
        return (List<Map<String, Object>>) ((Map<String, Object>) properties.get("PolicyDocument")).get("Statement");
    }

    private static void bucketPolicyHas(String bucketLogicalId, Map<String, ?> statement) {
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", Map.of("Ref", bucketLogicalId),
                "PolicyDocument", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(List.of(Match.objectLike(statement)))))));
    }

    private static Object resultsInTheEnvironmentBucket(String workGroup) {
        return Map.of(
                "EncryptionConfiguration", Map.of("EncryptionOption", "SSE_S3"),
                "OutputLocation", Map.of("Fn::Join", List.of("", List.of(
                        "s3://", Map.of("Ref", bucketId), "/athenaqueries/" + workGroup + "/"))));
    }

    private static String roleId(TeamRoleProps team) {
        return onlyLogicalId("AWS::IAM::Role", Map.of("Properties", Match.objectLike(Map.of("RoleName", team.roleName()))));
    }

    private static String onlyLogicalId(String type, Map<String, ?> resource) {
        Map<String, Map<String, Object>> found = template.findResources(type, Match.objectLike(resource));
        assertThat(found).as("%s matching %s", type, resource).hasSize(1);
        return found.keySet().iterator().next();
    }
}
