package io.grantline.cloud.local;

import static io.grantline.cloud.local.DatasetStackTemplate.ACCOUNT;
import static io.grantline.cloud.local.DatasetStackTemplate.BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.CRAWLER;
import static io.grantline.cloud.local.DatasetStackTemplate.DATABASE;
import static io.grantline.cloud.local.DatasetStackTemplate.KMS_ALIAS;
import static io.grantline.cloud.local.DatasetStackTemplate.PROFILING_JOB;
import static io.grantline.cloud.local.DatasetStackTemplate.REGION;
import static io.grantline.cloud.local.DatasetStackTemplate.STACK_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.StackDeployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatasetStackTest {

    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void emptyCloud() {
        cloud = new LocalCloud(DEPLOY_TIME, now::get, dataDir);
    }

    @Test
    void deployedBucketIsAFolderUnderTheDataFolder() {
        DatasetStackTemplate.deploy(cloud);

        assertThat(dataDir.resolve("local-cloud/buckets/" + BUCKET)).isDirectory();
        assertThat(cloud.datasetBuckets.bucketExists(ACCOUNT, REGION, BUCKET)).isTrue();
    }

    @Test
    void deployedAliasExists() {
        DatasetStackTemplate.deploy(cloud);

        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, REGION, KMS_ALIAS)).isTrue();
        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, REGION, "alias/" + KMS_ALIAS)).isTrue();
        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, "us-east-1", KMS_ALIAS)).isFalse();
    }

    @Test
    void deployedGlueDatabaseExistsWithoutTables() {
        DatasetStackTemplate.deploy(cloud);

        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isTrue();
        assertThat(cloud.glueCatalog.tables(ACCOUNT, REGION, DATABASE)).isEmpty();
    }

    @Test
    void deployedCrawlerCrawlsIntoTheDatabaseTheTemplateNames() {
        DatasetStackTemplate.deploy(cloud);
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");

        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, null);

        assertThat(cloud.glueCatalog.tables(ACCOUNT, REGION, DATABASE)).extracting(CatalogTable::location)
                .containsExactly("s3://" + BUCKET + "/sales/");
    }

    @Test
    void deployedJobCanBeRun() {
        DatasetStackTemplate.deploy(cloud);

        assertThat(cloud.glueJobs.start(ACCOUNT, REGION, PROFILING_JOB, Map.of())).startsWith("jr_");
    }

    @Test
    void environmentStackBucketsBecomeFoldersToo() {
        cloud.deployer.deploy("env", ACCOUNT, REGION, """
                {"Resources": {"EnvironmentDefaultBucket": {"Type": "AWS::S3::Bucket",
                                                            "Properties": {"BucketName": "env-default-bucket"}}}}""",
                Map.of());

        assertThat(cloud.bucketsFolder.resolve("env-default-bucket")).isDirectory();
    }

    @Test
    void deletedStackTakesItsAliasDatabaseCrawlerAndJobAndLeavesTheBucketWithItsFiles() {
        StackDeployment deployment = DatasetStackTemplate.deploy(cloud);
        passDeployTime();
        cloud.putFile(BUCKET, "sales/part-1.csv", "id\n1\n");

        cloud.deployer.delete(deployment.stackId());

        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, REGION, KMS_ALIAS)).isFalse();
        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isFalse();
        assertThatThrownBy(() -> cloud.glueCrawlers.state(ACCOUNT, REGION, CRAWLER))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> cloud.glueJobs.start(ACCOUNT, REGION, PROFILING_JOB, Map.of()))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThat(cloud.bucketsFolder.resolve(BUCKET).resolve("sales/part-1.csv")).isRegularFile();
    }

    @Test
    void resourcesTheTemplateRetainsOutliveTheStack() {
        String retaining = DatasetStackTemplate.TEMPLATE.replace(
                "\"GlueDatabase\": {\"Type\": \"AWS::Glue::Database\",",
                "\"GlueDatabase\": {\"Type\": \"AWS::Glue::Database\", \"DeletionPolicy\": \"Retain\",");
        StackDeployment deployment = cloud.deployer.deploy(STACK_NAME, ACCOUNT, REGION, retaining, Map.of());
        passDeployTime();

        cloud.deployer.delete(deployment.stackId());

        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isTrue();
    }

    @Test
    void aliasAndDatabaseThatExistedBeforeTheStackStayWhenItGoes() {
        cloud.kmsAliases.create(ACCOUNT, REGION, KMS_ALIAS);
        cloud.glueCatalog.createDatabase(ACCOUNT, REGION, DATABASE);
        StackDeployment deployment = DatasetStackTemplate.deploy(cloud);
        passDeployTime();

        cloud.deployer.delete(deployment.stackId());

        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, REGION, KMS_ALIAS)).isTrue();
        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isTrue();
    }

    @Test
    void updateWithoutTheCrawlerRemovesIt() {
        DatasetStackTemplate.deploy(cloud);
        passDeployTime();
        String withoutCrawler = DatasetStackTemplate.TEMPLATE.replaceAll(
                "(?s)\"DatasetCrawler\".*?\"ProfilingJob\"", "\"ProfilingJob\"");

        cloud.deployer.deploy(STACK_NAME, ACCOUNT, REGION, withoutCrawler, Map.of());

        assertThatThrownBy(() -> cloud.glueCrawlers.state(ACCOUNT, REGION, CRAWLER))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isTrue();
    }

    @Test
    void stackRolledBackForATakenBucketMakesNothing() {
        cloud.deployer.deploy("elsewhere", "444455556666", REGION, DatasetStackTemplate.TEMPLATE, Map.of());
        passDeployTime();

        DatasetStackTemplate.deploy(cloud);

        assertThat(cloud.kmsAliases.aliasExists(ACCOUNT, REGION, KMS_ALIAS)).isFalse();
        assertThat(cloud.glueCatalog.databaseExists(ACCOUNT, REGION, DATABASE)).isFalse();
        assertThat(Files.isDirectory(cloud.bucketsFolder.resolve(BUCKET))).isTrue();
    }

    private void passDeployTime() {
        now.set(now.get().plus(DEPLOY_TIME));
    }
}
