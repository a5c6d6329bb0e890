package io.grantline.graphql.share;

import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareQueries.EnvironmentSharedItemView;
import io.grantline.api.share.ShareQueries.SharedDatabaseView;
import io.grantline.api.share.ShareQueries.SharedTableView;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.SharedDataset;

/** The smaller result types of the share operations, field for field as data.all's schema names them. */
public final class ShareNodes {

    /** data.all's datasetType for datasets on S3. */
    static final String S3 = "S3";

    private ShareNodes() {
    }

    /** data.all's DatasetLink: the dataset as it is now, or as the share recorded it when it no longer exists. */
    public record DatasetLinkNode(String datasetUri, String datasetName, String datasetType, String description,
                                  String SamlAdminGroupName, String environmentName, String AwsAccountId,
                                  String region, Boolean exists, Boolean enableExpiration, String expirySetting) {

        static DatasetLinkNode of(SharedDataset recorded, DatasetView current) {
            if (current == null) {
                return new DatasetLinkNode(recorded.datasetUri(), recorded.datasetName(), S3, null,
                        recorded.ownerGroup(), recorded.environmentName(), recorded.awsAccountId(),
                        recorded.region(), false, recorded.enableExpiration(), recorded.expirySetting());
            }
            return new DatasetLinkNode(current.datasetUri(), current.name(), S3, current.description(),
                    current.samlAdminGroupName(), recorded.environmentName(), current.awsAccountId(),
                    current.region(), true, current.enableExpiration(), current.expirySetting());
        }
    }

    /** data.all's Principal: who receives the share; principalName shows the team or role with its IAM role. */
    public record PrincipalNode(String principalId, String principalType, String principalName,
                                String principalRoleName, String SamlGroupName, String environmentName,
                                String IAMPrincipalType) {

        static PrincipalNode of(ShareTarget target) {
            String shown = target.principalType() == SharePrincipalType.Group ? target.groupUri()
                    : target.principalName();
            return new PrincipalNode(target.principalId(), target.principalType().name(),
                    shown + " [" + target.principalRoleArn() + "]", target.principalName(), target.groupUri(),
                    target.environmentName(), target.principalIamType());
        }
    }

    /** data.all's ShareObjectItemDataFilter. */
    public record ItemDataFilterNode(String attachedDataFilterUri, String label, String itemUri,
                                     java.util.List<String> dataFilterUris, java.util.List<String> dataFilterNames) {

        static ItemDataFilterNode of(String itemUri, AttachedDataFilter filter) {
            return new ItemDataFilterNode(filter.attachedDataFilterUri(), filter.label(), itemUri,
                    filter.filterUris(), filter.filterNames());
        }
    }

    /** data.all's S3ConsumptionData: where the requester finds what the share gave it. */
    public record S3ConsumptionDataNode(String s3bucketName, String s3AccessPointName, String sharedGlueDatabase) {
    }

    /** data.all's SharedDatasetTableItem. */
    public record SharedDatasetTableNode(String tableUri, String GlueTableName) {

        static SharedDatasetTableNode of(SharedTableView view) {
            return new SharedDatasetTableNode(view.tableUri(), view.glueTableName());
        }
    }

    /** data.all's SharedDatabaseTableItem. */
    public record SharedDatabaseNode(String datasetUri, String shareUri, String GlueDatabaseName,
                                     String sharedGlueDatabaseName, String targetEnvAwsAccountId,
                                     String targetEnvRegion) {

        static SharedDatabaseNode of(SharedDatabaseView view) {
            return new SharedDatabaseNode(view.datasetUri(), view.shareUri(), view.glueDatabaseName(),
                    view.sharedGlueDatabaseName(), view.targetEnvAwsAccountId(), view.targetEnvRegion());
        }
    }

    /** data.all's EnvironmentPublishedItem. */
    public record EnvironmentPublishedItemNode(String shareUri, String datasetUri, String datasetName,
                                               String itemType, String itemName, String environmentUri,
                                               String environmentName, String organizationUri,
                                               String organizationName, String principalId,
                                               String targetEnvironmentUri, String created) {

        static EnvironmentPublishedItemNode of(EnvironmentSharedItemView view) {
            return new EnvironmentPublishedItemNode(view.shareUri(), view.datasetUri(), view.datasetName(),
                    view.itemType(), view.itemName(), view.environmentUri(), view.environmentName(),
                    view.organizationUri(), view.organizationName(), view.principalId(),
                    view.targetEnvironmentUri(), view.created());
        }
    }
}
