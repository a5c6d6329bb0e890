package io.grantline.cdk.dataset;

import static io.grantline.cdk.dataset.SampleDatasets.ACCOUNT;
import static io.grantline.cdk.dataset.SampleDatasets.GLUE_DATABASE;
import static io.grantline.cdk.dataset.SampleDatasets.IMPORTED_ALIAS;
import static io.grantline.cdk.dataset.SampleDatasets.IMPORTED_BUCKET;
import static io.grantline.cdk.dataset.SampleDatasets.IMPORTED_DATABASE;
import static io.grantline.cdk.dataset.SampleDatasets.IMPORTED_ROLE;
import static io.grantline.cdk.dataset.SampleDatasets.IMPORTED_ROLE_ARN;
import static io.grantline.cdk.dataset.SampleDatasets.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cdk.StackSynthesizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ImportedDatasetStackTest {

    private static final String GLUE_LOGS_KEY_ALIAS = "alias/" + NAME + "-log-enc-key";

    private static Template everythingImported;
    private static Template sseS3Bucket;

    @BeforeAll
    static void synthesizeOnce() {
        StackSynthesizer synthesizer = new StackSynthesizer();
        everythingImported = Template.fromString(
                synthesizer.synthesizeDataset(SampleDatasets.importedWithEverything()));
        sseS3Bucket = Template.fromString(synthesizer.synthesizeDataset(SampleDatasets.importedSseS3Bucket()));
    }

    @Test
    void importedBucketIsReferencedByNameAndLeftUnchanged() {
        everythingImported.resourceCountIs("AWS::S3::Bucket", 0);
        everythingImported.resourceCountIs("AWS::S3::BucketPolicy", 0);
        everythingImported.hasOutput("S3BucketName", Map.of("Value", IMPORTED_BUCKET));
        everythingImported.hasResourceProperties("AWS::Glue::Crawler", Map.of(
                "Targets", Map.of("S3Targets", List.of(Map.of("Path", "s3://" + IMPORTED_BUCKET)))));
    }

    @Test
    void importedBucketIsRegisteredWithLakeFormation() {
        everythingImported.hasResourceProperties("AWS::LakeFormation::Resource", Map.of(
                "ResourceArn", Map.of("Fn::Join", List.of("", List.of(
                        "arn:", Map.of("Ref", "AWS::Partition"), ":s3:::" + IMPORTED_BUCKET))),
                "RoleArn", IMPORTED_ROLE_ARN));
    }

    @Test
    void importedKeyIsReferencedByAliasNotCreated() {
        everythingImported.hasOutput("KmsAlias", Map.of("Value", IMPORTED_ALIAS));
        assertThat(everythingImported.findResources("AWS::KMS::Alias"))
                .allSatisfy((id, alias) -> assertThat(alias.toString()).contains(GLUE_LOGS_KEY_ALIAS))
                .hasSize(1);
        everythingImported.resourceCountIs("AWS::KMS::Key", 1);
    }

    @Test
    void datasetRoleOfAnImportedKeyIsGrantedTheKeyByItsAlias() {
        Template createdRole = Template.fromString(new StackSynthesizer().synthesizeDataset(
                SampleDatasets.imported(IMPORTED_ALIAS, true, false, false)));

        createdRole.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
                        Map.of(
                                "Sid", "KMSAccess",
                                "Resource", "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/*",
                                "Condition", Map.of("ForAnyValue:StringEquals",
                                        Map.of("kms:ResourceAliases", "alias/" + IMPORTED_ALIAS))))))))));
        createdRole.resourceCountIs("AWS::KMS::Key", 1);
    }

    @Test
    void importedDatabaseIsNotCreatedButItsAdministratorsAreGranted() {
        everythingImported.resourceCountIs("AWS::Glue::Database", 0);
        everythingImported.hasResourceProperties("AWS::LakeFormation::PrincipalPermissions", Map.of(
                "Principal", Map.of("DataLakePrincipalIdentifier", IMPORTED_ROLE_ARN),
                "Resource", Map.of("Database", Map.of("CatalogId", ACCOUNT, "Name", IMPORTED_DATABASE))));
        everythingImported.hasResourceProperties("AWS::Glue::Crawler", Map.of("DatabaseName", IMPORTED_DATABASE));
    }

    @Test
    void importedRoleIsReferencedAndNeverModified() {
        everythingImported.resourceCountIs("AWS::IAM::Role", 0);
        everythingImported.resourceCountIs("AWS::IAM::Policy", 0);
        everythingImported.hasOutput("IAMDatasetAdminRoleArn", Map.of("Value", IMPORTED_ROLE_ARN));
        everythingImported.hasResourceProperties("AWS::Glue::Crawler", Map.of("Role", IMPORTED_ROLE_ARN));
        everythingImported.hasResourceProperties("AWS::Glue::Job", Map.of("Role", IMPORTED_ROLE_ARN));
        assertThat(IMPORTED_ROLE_ARN).endsWith(":role/" + IMPORTED_ROLE);
    }

    @Test
    void sseS3ImportHasNoDatasetKey() {
        sseS3Bucket.resourceCountIs("AWS::KMS::Key", 1);
        sseS3Bucket.hasResourceProperties("AWS::KMS::Alias", Map.of("AliasName", GLUE_LOGS_KEY_ALIAS));
        assertThat(sseS3Bucket.findOutputs("KmsAlias")).isEmpty();
        assertThat(sseS3Bucket.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Map.of("PolicyDocument", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Sid", "KMSAccess")))))))))))
                .isEmpty();
    }

    @Test
    void sseS3ImportStillCreatesTheRoleAndDatabaseThatWereNotImported() {
        sseS3Bucket.hasResourceProperties("AWS::IAM::Role", Map.of("RoleName", NAME));
        sseS3Bucket.hasResourceProperties("AWS::Glue::Database", Map.of(
                "DatabaseInput", Match.objectLike(Map.of(
                        "Name", GLUE_DATABASE,
                        "LocationUri", "s3://" + IMPORTED_BUCKET + "/"))));
    }

    @Test
    void aRoleImportedAsTheOwnerTeamRoleIsGrantedOnce() {
        DatasetStackProps ownRole = SampleDatasets.importedWithEverything();
        Template granted = Template.fromString(new StackSynthesizer().synthesizeDataset(new DatasetStackProps(
                ownRole.datasetUri(), ownRole.stackName(), ownRole.accountId(), ownRole.region(),
                ownRole.resourcePrefix(), ownRole.bucketName(), ownRole.kmsAlias(), ownRole.glueDatabaseName(),
                ownRole.datasetRoleName(), ownRole.crawlerName(), ownRole.profilingJobName(), IMPORTED_ROLE_ARN,
                ownRole.pivotRoleName(), ownRole.environmentBucketName(), ownRole.confidentiality(), true, true,
                true, true, ownRole.tags(), ownRole.accessLogsBucketName())));

        granted.resourceCountIs("AWS::LakeFormation::PrincipalPermissions", 4);
    }
}
