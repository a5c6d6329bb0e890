package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.blank;
import static io.grantline.command.dataset.DatasetInputs.bucketNameOf;
import static io.grantline.command.dataset.DatasetInputs.glueDatabaseOf;
import static io.grantline.command.dataset.DatasetInputs.kmsAliasOf;
import static io.grantline.command.dataset.DatasetInputs.roleNameOf;

import io.grantline.api.dataset.DatasetCommands.ImportedResources;
import io.grantline.api.dataset.DatasetResources;

/**
 * The AWS resources of a new dataset: named by data.all's convention when created; when imported, the bucket and
 * whichever of KMS alias, Glue database and admin role the user named are kept as given.
 */
final class NewDatasetResources {

    /** data.all's KmsAlias of an imported bucket that has no KMS key of its own. */
    static final String SSE_S3 = "SSE-S3";

    private NewDatasetResources() {
    }

    static DatasetResources of(String action, String prefix, String label, String datasetUri, String accountId,
                               ImportedResources imported) {
        String bucket = DatasetResourceNames.bucket(prefix, label, datasetUri);
        String database = DatasetResourceNames.glueDatabase(prefix, label, datasetUri);
        String role = DatasetResourceNames.iamRole(prefix, label, datasetUri);
        String crawler = DatasetResourceNames.crawler(prefix, label, datasetUri);
        String profiler = DatasetResourceNames.profilingJob(prefix, label, datasetUri);
        if (imported == null) {
            return new DatasetResources(bucket, DatasetResourceNames.kmsAlias(prefix, label, datasetUri), database,
                    role, DatasetResourceNames.roleArn(accountId, role), crawler, profiler, false, false, false,
                    false);
        }
        String importedBucket = bucketNameOf(action, imported.bucketName());
        String kmsAlias = sseS3(imported.kmsKeyAlias()) ? null
                : kmsAliasOf(action, "KmsKeyAlias", imported.kmsKeyAlias());
        String importedDatabase = blank(imported.glueDatabaseName()) ? null
                : glueDatabaseOf(action, imported.glueDatabaseName());
        String importedRole = blank(imported.adminRoleName()) ? null : roleNameOf(action, imported.adminRoleName());
        String roleName = importedRole != null ? importedRole : role;
        return new DatasetResources(importedBucket, kmsAlias, importedDatabase != null ? importedDatabase : database,
                roleName, DatasetResourceNames.roleArn(accountId, roleName), crawler, profiler, true,
                kmsAlias != null, importedDatabase != null, importedRole != null);
    }

    /** A blank alias, or data.all's SSE-S3 marker, means the bucket is encrypted with S3's own key. */
    static boolean sseS3(String kmsAlias) {
        return blank(kmsAlias) || SSE_S3.equals(kmsAlias.trim());
    }
}
