package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetResources;

/** The AWS facts data.all shows only to teams holding GET_DATASET (or GET_DATASET_TABLE / GET_DATASET_FOLDER). */
public final class RestrictedNodes {

    private RestrictedNodes() {
    }

    /** data.all's DatasetRestrictedInformation. */
    public record DatasetRestrictedNode(String AwsAccountId, String region, String S3BucketName,
                                        String GlueDatabaseName, String GlueCrawlerName,
                                        String IAMDatasetAdminRoleArn, String KmsAlias, Boolean importedS3Bucket,
                                        Boolean importedGlueDatabase, Boolean importedKmsKey,
                                        Boolean importedAdminRole) {

        static DatasetRestrictedNode of(DatasetView view) {
            DatasetResources resources = view.resources();
            return new DatasetRestrictedNode(view.awsAccountId(), view.region(), resources.s3BucketName(),
                    resources.glueDatabaseName(), resources.glueCrawlerName(), resources.iamDatasetAdminRoleArn(),
                    resources.kmsAlias(), resources.importedS3Bucket(), resources.importedGlueDatabase(),
                    resources.importedKmsKey(), resources.importedAdminRole());
        }
    }

    /** data.all's DatasetTableRestrictedInformation. */
    public record TableRestrictedNode(String AwsAccountId, String GlueDatabaseName, String GlueTableName,
                                      String S3Prefix) {

        static TableRestrictedNode of(DatasetTableView view) {
            return new TableRestrictedNode(view.awsAccountId(), view.glueDatabaseName(), view.name(),
                    view.s3Prefix());
        }
    }
}
