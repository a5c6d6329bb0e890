package io.grantline.graphql.dataset;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.graphql.dataset.RestrictedNodes.DatasetRestrictedNode;
import java.util.List;

/**
 * data.all's Dataset and DatasetBase, as seen by one caller. environmentUri is not in data.all's types; the nested
 * fields (environment, stack, tables, locations) read it and the datasetUri. restrictedInformation is what the
 * restricted field answers to teams holding GET_DATASET.
 */
public record DatasetNode(String datasetUri, String environmentUri, String datasetType, String label, String name,
                          String description, List<String> tags, String owner, String created, String updated,
                          List<String> admins, String AwsAccountId, String region, String SamlAdminGroupName,
                          String businessOwnerEmail, List<String> businessOwnerDelegationEmails, Boolean imported,
                          String owners, String stewards, String userRoleForDataset, List<String> topics,
                          String confidentiality, String language, Boolean autoApprovalEnabled,
                          Boolean enableExpiration, String expirySetting, Integer expiryMinDuration,
                          Integer expiryMaxDuration, StatisticsNode statistics,
                          DatasetRestrictedNode restrictedInformation) {

    /** data.all's datasetType for datasets on S3. */
    static final String S3 = "S3";

    /** upvotes are counted by the vote context when asked for (VoteDataFetcher). */
    public record StatisticsNode(String datasetUri, int tables, int locations) {
    }

    static DatasetNode of(DatasetView view, Actor actor) {
        return new DatasetNode(view.datasetUri(), view.environmentUri(), S3, view.label(), view.name(),
                view.description(), view.tags(), view.owner(), view.created(), view.updated(),
                // admins: data.all's datasets carry no such list and answer null
                null,
                view.awsAccountId(), view.region(), view.samlAdminGroupName(), view.businessOwnerEmail(),
                view.businessOwnerDelegationEmails(), view.imported(), view.samlAdminGroupName(), view.stewards(),
                DatasetRoles.roleOf(view, actor), view.topics(), view.confidentiality(), view.language(),
                view.autoApprovalEnabled(), view.enableExpiration(), view.expirySetting(), view.expiryMinDuration(),
                view.expiryMaxDuration(), new StatisticsNode(view.datasetUri(), view.tableCount(), view.locationCount()),
                DatasetRestrictedNode.of(view));
    }
}
