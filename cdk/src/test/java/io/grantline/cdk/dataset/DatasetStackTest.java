package io.grantline.cdk.dataset;

import static io.grantline.cdk.dataset.SampleDatasets.ACCOUNT;
import static io.grantline.cdk.dataset.SampleDatasets.CONFIDENTIALITY;
import static io.grantline.cdk.dataset.SampleDatasets.ENVIRONMENT_BUCKET;
import static io.grantline.cdk.dataset.SampleDatasets.GLUE_DATABASE;
import static io.grantline.cdk.dataset.SampleDatasets.LOGS_BUCKET;
import static io.grantline.cdk.dataset.SampleDatasets.NAME;
import static io.grantline.cdk.dataset.SampleDatasets.OWNER_ROLE_ARN;
import static io.grantline.cdk.dataset.SampleDatasets.PIVOT_ROLE_ARN;
import static io.grantline.cdk.dataset.SampleDatasets.PROFILING_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cdk.StackSynthesizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DatasetStackTest {

    /** CloudFormation's limit for a template passed in the request body rather than from S3. */
    private static final int INLINE_TEMPLATE_LIMIT = 51_200;

    private static String json;
    private static Template template;
    private static String keyId;
    private static String bucketId;
    private static String roleId;

    @BeforeAll
    static void synthesizeOnce() {
        json = new StackSynthesizer().synthesizeDataset(SampleDatasets.created(SampleDatasets.DATASET_URI));
        template = Template.fromString(json);
        keyId = onlyLogicalId("AWS::KMS::Key", Map.of("Properties", Map.of(
                "Description", Match.stringLikeRegexp("objects of dataset"))));
        bucketId = onlyLogicalId("AWS::S3::Bucket", Map.of("Properties", Map.of("BucketName", NAME)));
        roleId = onlyLogicalId("AWS::IAM::Role", Map.of("Properties", Map.of("RoleName", NAME)));
    }

    @Test
    void datasetKeyRotatesAndIsKeptWhenTheStackIsDeleted() {
        template.hasResource("AWS::KMS::Key", Map.of(
                "Properties", Match.objectLike(Map.of("EnableKeyRotation", true)),
                "DeletionPolicy", "Retain"));
    }

    @Test
    void datasetKeyHasTheDatasetAlias() {
        template.hasResourceProperties("AWS::KMS::Alias", Map.of(
                "AliasName", "alias/" + NAME,
                "TargetKeyId", Map.of("Fn::GetAtt", List.of(keyId, "Arn"))));
    }

    @Test
    void accountRootManagesTheDatasetKey() {
        keyPolicyHas(Map.of(
                "Action", "kms:*",
                "Principal", Map.of("AWS", Map.of("Fn::Join", List.of("", List.of(
                        "arn:", Map.of("Ref", "AWS::Partition"), ":iam::" + ACCOUNT + ":root"))))));
    }

    @Test
    void ownerTeamRoleUsesTheDatasetKey() {
        keyPolicyHas(Map.of(
                "Sid", "EnableDatasetOwnerKeyUsage",
                "Principal", Map.of("AWS", OWNER_ROLE_ARN),
                "Action", Match.arrayWith(List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"))));
    }

    @Test
    void pivotRoleUsesAndManagesTheDatasetKey() {
        keyPolicyHas(Map.of(
                "Sid", "KMSPivotRolePermissions",
                "Principal", Map.of("AWS", PIVOT_ROLE_ARN),
                "Action", Match.arrayWith(List.of("kms:Decrypt", "kms:PutKeyPolicy"))));
    }

    @Test
    void keyPolicyLetsTheDatasetRoleUseTheKey() {
        keyPolicyHas(Map.of(
                "Sid", "EnableDatasetIAMRoleKeyUsage",
                "Principal", Map.of("AWS", Map.of("Fn::GetAtt", List.of(roleId, "Arn"))),
                "Action", Match.arrayWith(List.of("kms:Encrypt", "kms:Decrypt"))));
    }

    @Test
    void bucketIsVersionedAndEncryptedWithTheDatasetKey() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", NAME,
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "BucketKeyEnabled", true,
                        "ServerSideEncryptionByDefault", Map.of(
                                "SSEAlgorithm", "aws:kms",
                                "KMSMasterKeyID", Map.of("Fn::GetAtt", List.of(keyId, "Arn"))))))));
    }

    @Test
    void bucketRefusesRequestsWithoutSsl() {
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", Map.of("Ref", bucketId),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
                        Map.of(
                                "Effect", "Deny",
                                "Action", "s3:*",
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void bucketBlocksAllPublicAccess() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", NAME,
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true)));
    }

    @Test
    void bucketAcceptsUploadsFromBrowsers() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", NAME,
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedMethods", List.of("HEAD", "POST", "PUT", "DELETE", "GET"),
                        "AllowedOrigins", List.of("*")))))));
    }

    @Test
    void bucketAndItsPolicyAreKeptWhenTheStackIsDeleted() {
        template.hasResource("AWS::S3::Bucket", Map.of(
                "Properties", Match.objectLike(Map.of("BucketName", NAME)),
                "DeletionPolicy", "Retain"));
        template.hasResource("AWS::S3::BucketPolicy", Map.of("DeletionPolicy", "Retain"));
    }

    @Test
    void bucketLogsAccessToTheEnvironmentAccessLogsBucket() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", NAME,
                "LoggingConfiguration", Map.of(
                        "DestinationBucketName", LOGS_BUCKET,
                        "LogFilePrefix", NAME + "/")));
    }

    @Test
    void bucketMovesAgeingObjectsToCheaperStorage() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", NAME,
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Status", "Enabled",
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7),
                        "Transitions", List.of(
                                Map.of("StorageClass", "INTELLIGENT_TIERING", "TransitionInDays", 90),
                                Map.of("StorageClass", "GLACIER", "TransitionInDays", 360)),
                        "NoncurrentVersionTransitions", List.of(
                                Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30),
                                Map.of("StorageClass", "GLACIER", "TransitionInDays", 60))))))));
    }

    @Test
    void datasetRoleIsTrustedByThePivotRoleGlueAndLakeFormation() {
        template.hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", NAME,
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(
                        trust(Map.of("AWS", PIVOT_ROLE_ARN)),
                        trust(Map.of("Service", "glue.amazonaws.com")),
                        trust(Map.of("Service", "lakeformation.amazonaws.com")))))));
    }

    @Test
    void datasetRoleReadsAndWritesTheDatasetBucket() {
        rolePolicyHas(Map.of(
                "Sid", "ListDatasetBucket",
                "Action", Match.arrayWith(List.of("s3:ListBucket")),
                "Resource", Map.of("Fn::GetAtt", List.of(bucketId, "Arn"))));
        rolePolicyHas(Map.of(
                "Sid", "ReadWriteDatasetBucket",
                "Action", Match.arrayWith(List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject")),
                "Resource", Map.of("Fn::Join", List.of("", List.of(
                        Map.of("Fn::GetAtt", List.of(bucketId, "Arn")), "/*")))));
    }

    @Test
    void datasetRoleMaintainsTheDatasetDatabaseTablesCrawlerAndJob() {
        String glue = "arn:aws:glue:eu-west-1:" + ACCOUNT + ":";
        rolePolicyHas(Map.of(
                "Sid", "GlueAccessCrawler",
                "Action", Match.arrayWith(List.of("glue:Get*", "glue:CreateTable", "glue:UpdateTable")),
                "Resource", List.of(
                        glue + "catalog",
                        glue + "database/" + GLUE_DATABASE,
                        glue + "table/" + GLUE_DATABASE + "/*",
                        glue + "crawler/" + NAME,
                        glue + "job/" + PROFILING_JOB)));
    }

    @Test
    void datasetRoleManagesDataFiltersOnlyInTheDatasetAccountAndRegion() {
        rolePolicyHas(Map.of(
                "Sid", "LFDataFilters",
                "Action", Match.arrayWith(List.of("lakeformation:CreateDataCellsFilter",
                        "lakeformation:DeleteDataCellsFilter")),
                "Condition", Map.of("ForAllValues:StringEquals", Map.of(
                        "aws:ResourceAccount", ACCOUNT,
                        "aws:RequestedRegion", "eu-west-1"))));
    }

    @Test
    void datasetRolePolicyGrantsTheDatasetKey() {
        rolePolicyHas(Map.of(
                "Sid", "KMSAccess",
                "Action", Match.arrayWith(List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey")),
                "Resource", Map.of("Fn::GetAtt", List.of(keyId, "Arn"))));
    }

    @Test
    void datasetRoleReadsTheProfilingCodeAndWritesGlueLogs() {
        rolePolicyHas(Map.of(
                "Sid", "ReadEnvironmentBucketProfiling",
                "Resource", "arn:aws:s3:::" + ENVIRONMENT_BUCKET + "/profiling/code/*"));
        rolePolicyHas(Map.of(
                "Sid", "CreateLoggingGlue",
                "Action", Match.arrayWith(List.of("logs:CreateLogGroup", "logs:CreateLogStream"))));
    }

    @Test
    void datasetRoleWritesAndReadsTheProfilingResultsOfItsOwnDatasetInTheEnvironmentBucket() {
        rolePolicyHas(Map.of(
                "Sid", "ReadWriteEnvironmentBucketProfilingResults",
                "Effect", "Allow",
                "Action", List.of("s3:PutObject", "s3:GetObject"),
                "Resource", "arn:aws:s3:::" + ENVIRONMENT_BUCKET + "/profiling/results/" + SampleDatasets.DATASET_URI
                        + "/*"));
    }

    @Test
    void bucketIsRegisteredWithLakeFormationUnderTheDatasetRole() {
        template.hasResourceProperties("AWS::LakeFormation::Resource", Map.of(
                "ResourceArn", Map.of("Fn::GetAtt", List.of(bucketId, "Arn")),
                "RoleArn", Map.of("Fn::GetAtt", List.of(roleId, "Arn")),
                "UseServiceLinkedRole", false));
    }

    @Test
    void glueDatabaseIsCreatedOnTheBucketWithoutIamDefaultPermissions() {
        template.hasResourceProperties("AWS::Glue::Database", Map.of(
                "CatalogId", ACCOUNT,
                "DatabaseInput", Match.objectLike(Map.of(
                        "Name", GLUE_DATABASE,
                        "LocationUri", "s3://" + NAME + "/",
                        "CreateTableDefaultPermissions", List.of()))));
    }

    @Test
    void datasetPivotAndOwnerRolesAdministerTheDatabaseAndItsTables() {
        for (Object principal : List.of(Map.of("Fn::GetAtt", List.of(roleId, "Arn")), PIVOT_ROLE_ARN,
                OWNER_ROLE_ARN)) {
            template.hasResourceProperties("AWS::LakeFormation::PrincipalPermissions", Map.of(
                    "Principal", Map.of("DataLakePrincipalIdentifier", principal),
                    "Resource", Map.of("Database", Map.of("CatalogId", ACCOUNT, "Name", GLUE_DATABASE)),
                    "Permissions", List.of("ALTER", "CREATE_TABLE", "DROP", "DESCRIBE"),
                    "PermissionsWithGrantOption", List.of("ALTER", "CREATE_TABLE", "DROP", "DESCRIBE")));
            template.hasResourceProperties("AWS::LakeFormation::PrincipalPermissions", Map.of(
                    "Principal", Map.of("DataLakePrincipalIdentifier", principal),
                    "Resource", Map.of("Table", Map.of(
                            "CatalogId", ACCOUNT, "DatabaseName", GLUE_DATABASE, "TableWildcard", Map.of())),
                    "Permissions", List.of("SELECT", "ALTER", "DESCRIBE"),
                    "PermissionsWithGrantOption", List.of("SELECT", "ALTER", "DESCRIBE")));
        }
        template.resourceCountIs("AWS::LakeFormation::PrincipalPermissions", 6);
    }

    @Test
    void lakeFormationGrantsWaitForTheDatabase() {
        String databaseId = onlyLogicalId("AWS::Glue::Database", Map.of());
        assertThat(template.findResources("AWS::LakeFormation::PrincipalPermissions")).allSatisfy(
                (id, grant) -> assertThat(grant.get("DependsOn")).asList().contains(databaseId));
    }

    @Test
    void crawlerCrawlsTheBucketIntoTheDatasetDatabaseAsTheDatasetRole() {
        template.hasResourceProperties("AWS::Glue::Crawler", Map.of(
                "Name", NAME,
                "Role", Map.of("Fn::GetAtt", List.of(roleId, "Arn")),
                "DatabaseName", GLUE_DATABASE,
                "Targets", Map.of("S3Targets", List.of(Map.of("Path", "s3://" + NAME)))));
    }

    @Test
    void profilingJobRunsTheEnvironmentScriptOnGlue4AsTheDatasetRole() {
        template.hasResourceProperties("AWS::Glue::Job", Map.of(
                "Name", PROFILING_JOB,
                "GlueVersion", "4.0",
                "Role", Map.of("Fn::GetAtt", List.of(roleId, "Arn")),
                "Command", Map.of(
                        "Name", "glueetl",
                        "PythonVersion", "3",
                        "ScriptLocation", "s3://" + ENVIRONMENT_BUCKET + "/profiling/code/glue_script.py")));
    }

    @Test
    void profilingJobDefaultsToTheDatasetDatabaseAndWritesResultsToTheEnvironmentBucket() {
        template.hasResourceProperties("AWS::Glue::Job", Map.of(
                "Name", PROFILING_JOB,
                "DefaultArguments", Match.objectLike(Map.of(
                        "--databaseName", GLUE_DATABASE,
                        "--resultsBucket", ENVIRONMENT_BUCKET,
                        "--datasetUri", SampleDatasets.DATASET_URI))));
    }

    @Test
    void crawlerAndJobEncryptTheirLogsWithTheSecurityConfiguration() {
        String securityConfigurationId = onlyLogicalId("AWS::Glue::SecurityConfiguration", Map.of(
                "Properties", Map.of("Name", NAME + "-security-config",
                        "EncryptionConfiguration", Match.objectLike(Map.of(
                                "CloudWatchEncryption", Match.objectLike(Map.of(
                                        "CloudWatchEncryptionMode", "SSE-KMS")))))));
        Map<String, String> reference = Map.of("Ref", securityConfigurationId);
        template.hasResourceProperties("AWS::Glue::Crawler", Map.of("CrawlerSecurityConfiguration", reference));
        template.hasResourceProperties("AWS::Glue::Job", Map.of("SecurityConfiguration", reference));
    }

    @Test
    void resourcesAreTaggedWithTheClassificationAndTheGivenTags() {
        Object tags = Match.arrayWith(List.of(
                Map.of("Key", "Classification", "Value", CONFIDENTIALITY),
                Map.of("Key", "CostCenter", "Value", "data-platform")));
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("BucketName", NAME, "Tags", tags));
        template.hasResourceProperties("AWS::IAM::Role", Map.of("RoleName", NAME, "Tags", tags));
        template.hasResourceProperties("AWS::Glue::Job", Map.of("Name", PROFILING_JOB, "Tags",
                Match.objectLike(Map.of("Classification", CONFIDENTIALITY))));
    }

    @Test
    void outputsNameTheDatasetResourcesAsDataAllDoes() {
        template.hasOutput("S3BucketName", Map.of("Value", Map.of("Ref", bucketId)));
        template.hasOutput("KmsAlias", Map.of("Value", NAME));
        template.hasOutput("GlueDatabaseName", Map.of("Value", GLUE_DATABASE));
        template.hasOutput("IAMDatasetAdminRoleArn", Map.of("Value", Map.of("Fn::GetAtt", List.of(roleId, "Arn"))));
        template.hasOutput("GlueCrawlerName", Map.of("Value", NAME));
        template.hasOutput("GlueProfilingJobName", Map.of("Value", PROFILING_JOB));
    }

    @Test
    void templateFitsTheInlineTemplateSizeLimit() {
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(INLINE_TEMPLATE_LIMIT);
    }

    @Test
    void templateStandsOnItsOwnWithoutBootstrapChecks() {
        assertThat(template.toJSON()).doesNotContainKeys("Parameters", "Rules");
        assertThat(template.findResources("AWS::CDK::Metadata")).isEmpty();
    }

    private static Map<String, Object> trust(Map<String, String> principal) {
        return Map.of("Action", "sts:AssumeRole", "Effect", "Allow", "Principal", principal);
    }

    private static void keyPolicyHas(Map<String, ?> statement) {
        template.hasResourceProperties("AWS::KMS::Key", Map.of(
                "Description", Match.stringLikeRegexp("objects of dataset"),
                "KeyPolicy", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(List.of(Match.objectLike(statement)))))));
    }

    private static void rolePolicyHas(Map<String, ?> statement) {
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", roleId)),
                "PolicyDocument", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(List.of(Match.objectLike(statement)))))));
    }

    private static String onlyLogicalId(String type, Map<String, ?> resource) {
        Map<String, Map<String, Object>> found = template.findResources(type, Match.objectLike(resource));
        assertThat(found).as("%s matching %s", type, resource).hasSize(1);
        return found.keySet().iterator().next();
    }
}
