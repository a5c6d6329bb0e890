package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.CheckImportedResources;
import io.grantline.api.dataset.DatasetCloudQueries.CheckKmsAlias;
import io.grantline.api.dataset.DatasetCloudQueries.ImportCheck;
import io.grantline.api.dataset.DatasetCloudQueries.PresignDatasetUpload;
import io.grantline.api.dataset.DatasetCloudQueries.PreviewDatasetTable;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTables;
import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.local.LocalCloud;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the API edge asks the cloud about datasets, answered by the real local cloud. */
class DatasetCloudQueryHandlerTest {

    static final String BUCKET = "sales-raw-data";
    static final String KEY_ALIAS = "sales-key";
    static final String DATABASE = "sales_raw";
    static final ObjectMapper JSON = new ObjectMapper();

    LocalCloud cloud;
    DatasetCloudQueryHandler handler;

    @BeforeEach
    void setUp() {
        cloud = new LocalCloud(Duration.ZERO, () -> CREATED);
        handler = new DatasetCloudQueryHandler(cloud.datasetBuckets, cloud.kmsAliases, cloud.glueCatalog,
                cloud.tablePreviews);
    }

    @Test
    void importOfAnExistingBucketKeyAndDatabaseHasNoProblems() {
        ownerCreatesBucketKeyAndDatabase();

        ImportCheck check = handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, KEY_ALIAS, DATABASE));

        assertThat(check.problems()).isEmpty();
    }

    @Test
    void importWithoutKeyOrDatabaseChecksOnlyTheBucket() {
        cloud.buckets.create(BUCKET);

        assertThat(handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, "", null)).problems())
                .isEmpty();
    }

    @Test
    void missingBucketIsAProblemOfTheBucketName() {
        ImportCheck check = handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, null, null));

        assertThat(check.problems()).containsOnlyKeys("bucketName");
        assertThat(check.problems().get("bucketName")).contains(BUCKET).contains(ACCOUNT);
    }

    @Test
    void missingKeyAliasIsAProblemOfTheKmsKeyAliasInDataAllsWords() {
        cloud.buckets.create(BUCKET);

        ImportCheck check = handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, KEY_ALIAS, null));

        assertThat(check.problems()).containsExactlyEntriesOf(Map.of("KmsKeyAlias",
                "KMS key with alias=" + KEY_ALIAS + " cannot be found - Please check if KMS Key Alias exists in "
                        + "account " + ACCOUNT));
    }

    @Test
    void missingGlueDatabaseIsAProblemOfTheGlueDatabaseName() {
        cloud.buckets.create(BUCKET);

        ImportCheck check = handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, null, DATABASE));

        assertThat(check.problems()).containsOnlyKeys("glueDatabaseName");
        assertThat(check.problems().get("glueDatabaseName")).contains(DATABASE).contains(ACCOUNT);
    }

    @Test
    void everyMissingResourceIsReportedAtOnce() {
        ImportCheck check = handler.handle(new CheckImportedResources(ACCOUNT, REGION, BUCKET, KEY_ALIAS, DATABASE));

        assertThat(check.problems()).containsOnlyKeys("bucketName", "KmsKeyAlias", "glueDatabaseName");
    }

    @Test
    void keyAliasCheckTellsWhetherTheAliasExists() {
        assertThat(handler.handle(new CheckKmsAlias(ACCOUNT, REGION, KEY_ALIAS)).exists()).isFalse();

        cloud.kmsAliases.create(ACCOUNT, REGION, KEY_ALIAS);

        assertThat(handler.handle(new CheckKmsAlias(ACCOUNT, REGION, KEY_ALIAS)).exists()).isTrue();
    }

    @Test
    void catalogTablesAreReadFromTheDatabase() {
        crawledOrders();

        assertThat(handler.handle(new ReadCatalogTables(ACCOUNT, REGION, SampleDataset.DATABASE)).tables())
                .extracting(CatalogTable::name).containsExactly("orders");
        assertThat(handler.handle(new ReadCatalogTable(ACCOUNT, REGION, SampleDataset.DATABASE, "orders")).columns())
                .extracting(CatalogTable.CatalogColumn::name).containsExactly("order_id", "amount");
    }

    @Test
    void tableTheCatalogDoesNotHaveIsNull() {
        ownerCreatesBucketKeyAndDatabase();

        assertThat(handler.handle(new ReadCatalogTable(ACCOUNT, REGION, DATABASE, "orders"))).isNull();
    }

    @Test
    void previewShowsTheTablesFirstRows() {
        crawledOrders();

        TablePreview preview = handler.handle(new PreviewDatasetTable(ACCOUNT, REGION, SampleDataset.DATABASE, "orders",
                null, 1, "primary"));

        assertThat(preview.fields()).containsExactly("order_id", "amount");
        assertThat(preview.rows()).containsExactly("[1,9.5]");
    }

    @Test
    void uploadIsPresignedForTheFileUnderTheGivenPrefix() throws Exception {
        cloud.buckets.create(BUCKET);

        JsonNode upload = JSON.readTree(handler.handle(new PresignDatasetUpload(ACCOUNT, REGION, BUCKET, "raw/orders/",
                "part-1.csv")).json());

        assertThat(upload.path("fields").path("key").asText()).isEqualTo("raw/orders/part-1.csv");
        assertThat(upload.path("url").asText()).endsWith(BUCKET);
    }

    @Test
    void uploadWithoutAPrefixGoesUnderUploadsAsInDataAll() throws Exception {
        cloud.buckets.create(BUCKET);

        JsonNode upload = JSON.readTree(handler.handle(new PresignDatasetUpload(ACCOUNT, REGION, BUCKET, null,
                "part-1.csv")).json());

        assertThat(upload.path("fields").path("key").asText()).isEqualTo("uploads/part-1.csv");
    }

    private void ownerCreatesBucketKeyAndDatabase() {
        cloud.buckets.create(BUCKET);
        cloud.kmsAliases.create(ACCOUNT, REGION, KEY_ALIAS);
        cloud.glueCatalog.createDatabase(ACCOUNT, REGION, DATABASE);
    }

    /** A deployed dataset whose crawler found the orders table: the sample dataset's bucket and database. */
    private void crawledOrders() {
        SampleDataset dataset = new SampleDataset();
        dataset.createAndDeployIn(cloud);
        dataset.close();
        cloud.putFile(SampleDataset.BUCKET, "orders/part-0.csv", "order_id,amount\n1,9.5\n2,1.5\n");
        cloud.glueCrawlers.start(ACCOUNT, REGION, SampleDataset.CRAWLER, "s3://" + SampleDataset.BUCKET);
    }
}
