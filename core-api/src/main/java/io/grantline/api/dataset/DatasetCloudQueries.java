package io.grantline.api.dataset;

import java.util.List;
import java.util.Map;

/**
 * Questions the API edge asks the cloud (through the ports of the sagas module) about dataset resources: checks
 * before an import, the Glue catalog, table previews and upload links. Answered synchronously; a cloud failure
 * comes back as the query's exception.
 */
public final class DatasetCloudQueries {

    private DatasetCloudQueries() {
    }

    /** Checks what an import names; kmsKeyAlias and glueDatabaseName may be blank (not imported). */
    public record CheckImportedResources(String accountId, String region, String bucketName, String kmsKeyAlias,
                                         String glueDatabaseName) {
    }

    /** Problems found, keyed by the GraphQL input field they concern; empty when all is well. */
    public record ImportCheck(Map<String, String> problems) {

        public ImportCheck {
            problems = problems == null ? Map.of() : Map.copyOf(problems);
        }
    }

    /** Whether a KMS alias exists in the dataset's account (updateDataset's KmsAlias check). */
    public record CheckKmsAlias(String accountId, String region, String kmsAlias) {
    }

    public record KmsAliasCheck(boolean exists) {
    }

    public record ReadCatalogTables(String accountId, String region, String glueDatabaseName) {
    }

    public record CatalogTables(List<CatalogTable> tables) {
    }

    /** null when the catalog no longer has the table. */
    public record ReadCatalogTable(String accountId, String region, String glueDatabaseName, String tableName) {
    }

    /** workGroup: the environment's default Athena workgroup, where data.all runs previews. */
    public record PreviewDatasetTable(String accountId, String region, String glueDatabaseName, String tableName,
                                      String s3Location, int limit, String workGroup) {
    }

    /** data.all's QueryPreviewResult: the column names, then each row as a JSON array of its values. */
    public record TablePreview(List<String> fields, List<String> rows) {
    }

    /** A presigned POST into the dataset bucket under prefix/fileName. */
    public record PresignDatasetUpload(String accountId, String region, String bucketName, String prefix,
                                       String fileName) {
    }

    /** data.all answers the presigned POST as JSON: {"url": ..., "fields": {...}}. */
    public record PresignedUpload(String json) {
    }
}
