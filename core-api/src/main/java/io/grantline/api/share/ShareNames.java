package io.grantline.api.share;

import java.util.Locale;

/** data.all's names of the cloud resources a share creates, so every side computes them alike. */
public final class ShareNames {

    private ShareNames() {
    }

    /** The database in the target account that holds the resource links to the shared tables. */
    public static String sharedDatabaseName(String glueDatabaseName) {
        return glueDatabaseName + "_shared";
    }

    /**
     * The access point of a dataset's bucket for one principal: data.all's slug of datasetUri-principalId, lower
     * case letters, digits and dashes, at most 50 characters (S3's limit).
     */
    public static String accessPointName(String datasetUri, String principalId) {
        String slug = (datasetUri + "-" + principalId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return slug.length() <= 50 ? slug : slug.substring(0, 50).replaceAll("-$", "");
    }

    /** The resource link of a shared table in the target's shared database; a filtered share adds its label. */
    public static String resourceLinkName(String tableName, String filterLabel) {
        return filterLabel == null || filterLabel.isBlank() ? tableName
                : tableName + "_" + filterLabel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    }
}
