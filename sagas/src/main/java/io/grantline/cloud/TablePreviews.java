package io.grantline.cloud;

import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;

/** The first rows of a catalog table (Athena's {@code SELECT * ... LIMIT n} in data.all). */
public interface TablePreviews {

    TablePreview preview(String accountId, String region, String databaseName, String tableName,
                         String s3Location, int limit);
}
