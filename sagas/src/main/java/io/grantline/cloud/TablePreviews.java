package io.grantline.cloud;

import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;

/**
 * The first rows of a catalog table (Athena's {@code SELECT * ... LIMIT n} in data.all, run in the environment's
 * default workgroup; a blank workGroup means the adapter's configured one).
 */
public interface TablePreviews {

    TablePreview preview(String accountId, String region, String databaseName, String tableName,
                         String s3Location, int limit, String workGroup);
}
