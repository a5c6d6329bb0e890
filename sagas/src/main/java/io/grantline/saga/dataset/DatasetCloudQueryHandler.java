package io.grantline.saga.dataset;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.CatalogTables;
import io.grantline.api.dataset.DatasetCloudQueries.CheckImportedResources;
import io.grantline.api.dataset.DatasetCloudQueries.CheckKmsAlias;
import io.grantline.api.dataset.DatasetCloudQueries.ImportCheck;
import io.grantline.api.dataset.DatasetCloudQueries.KmsAliasCheck;
import io.grantline.api.dataset.DatasetCloudQueries.PresignDatasetUpload;
import io.grantline.api.dataset.DatasetCloudQueries.PresignedUpload;
import io.grantline.api.dataset.DatasetCloudQueries.PreviewDatasetTable;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTables;
import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.DatasetBuckets;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.KmsAliases;
import io.grantline.cloud.TablePreviews;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers what the API edge asks the cloud about datasets: whether what an import names exists, the Glue catalog,
 * table previews and upload links. Cloud failures come back as the query's exception.
 */
public class DatasetCloudQueryHandler {

    static final String BUCKET_FIELD = "bucketName";
    static final String KMS_ALIAS_FIELD = "KmsKeyAlias";
    static final String GLUE_DATABASE_FIELD = "glueDatabaseName";
    static final String DEFAULT_UPLOAD_PREFIX = "uploads";

    private final DatasetBuckets buckets;
    private final KmsAliases kmsAliases;
    private final GlueCatalog catalog;
    private final TablePreviews previews;

    public DatasetCloudQueryHandler(DatasetBuckets buckets, KmsAliases kmsAliases, GlueCatalog catalog,
                                    TablePreviews previews) {
        this.buckets = buckets;
        this.kmsAliases = kmsAliases;
        this.catalog = catalog;
        this.previews = previews;
    }

    @QueryHandler
    ImportCheck handle(CheckImportedResources query) {
        String account = query.accountId();
        String region = query.region();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!buckets.bucketExists(account, region, query.bucketName())) {
            problems.put(BUCKET_FIELD, "S3 bucket " + query.bucketName() + " cannot be found - Please check if "
                    + "the bucket exists in account " + account + " and region " + region);
        }
        if (given(query.kmsKeyAlias()) && !kmsAliases.aliasExists(account, region, query.kmsKeyAlias())) {
            problems.put(KMS_ALIAS_FIELD, kmsAliasMissing(query.kmsKeyAlias(), account));
        }
        if (given(query.glueDatabaseName()) && !catalog.databaseExists(account, region, query.glueDatabaseName())) {
            problems.put(GLUE_DATABASE_FIELD, "Glue database " + query.glueDatabaseName() + " cannot be found - "
                    + "Please check if the database exists in account " + account + " and region " + region);
        }
        return new ImportCheck(problems);
    }

    @QueryHandler
    KmsAliasCheck handle(CheckKmsAlias query) {
        return new KmsAliasCheck(kmsAliases.aliasExists(query.accountId(), query.region(), query.kmsAlias()));
    }

    @QueryHandler
    CatalogTables handle(ReadCatalogTables query) {
        return new CatalogTables(catalog.tables(query.accountId(), query.region(), query.glueDatabaseName()));
    }

    @QueryHandler
    CatalogTable handle(ReadCatalogTable query) {
        return catalog.table(query.accountId(), query.region(), query.glueDatabaseName(), query.tableName())
                .orElse(null);
    }

    @QueryHandler
    TablePreview handle(PreviewDatasetTable query) {
        return previews.preview(query.accountId(), query.region(), query.glueDatabaseName(), query.tableName(),
                query.s3Location(), query.limit(), query.workGroup());
    }

    /** data.all uploads under {@code prefix/fileName}, its prefix defaulting to "uploads". */
    @QueryHandler
    PresignedUpload handle(PresignDatasetUpload query) {
        String prefix = given(query.prefix()) ? query.prefix().replaceAll("/+$", "") : DEFAULT_UPLOAD_PREFIX;
        return new PresignedUpload(buckets.presignedPost(query.accountId(), query.region(), query.bucketName(),
                prefix + "/" + query.fileName()));
    }

    /** data.all's wording when an imported dataset names a key alias its account does not have. */
    static String kmsAliasMissing(String alias, String account) {
        return "KMS key with alias=" + alias + " cannot be found - Please check if KMS Key Alias exists in account "
                + account;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
