package io.grantline.graphql.share;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareQueries.ShareStatistics;
import io.grantline.api.share.ShareQueries.ShareView;
import java.util.List;

/**
 * data.all's ShareObject. view is not in data.all's type: the nested fields (dataset, environment, principal, items,
 * the caller's role) read the dataset and target sides from it.
 */
public record ShareObjectNode(String shareUri, String datasetUri, String group, String owner, String created,
                              String updated, String deleted, String status, List<String> permissions,
                              String requestPurpose, String rejectPurpose, String extensionReason,
                              Integer shareExpirationPeriod, Boolean nonExpirable, String expiryDate,
                              String requestedExpiryDate, Boolean submittedForExtension, String lastExtensionDate,
                              Boolean alreadyExisted, Boolean existingSharedItems, String policyManagement,
                              ShareStatistics statistics, ShareView view) {

    /** Grantline manages every share policy it attaches (data.all's PolicyManagementOptions). */
    static final String FULLY_MANAGED = "FULLY_MANAGED";

    static ShareObjectNode of(ShareView view, boolean alreadyExisted) {
        return new ShareObjectNode(view.shareUri(), view.dataset().datasetUri(), view.target().groupUri(),
                view.owner(), view.created(), view.updated(), view.deleted(), view.status().name(),
                view.permissions().stream().map(ShareDataPermission::name).toList(), view.requestPurpose(),
                view.rejectPurpose(), view.extensionReason(), view.shareExpirationPeriod(), view.nonExpirable(),
                view.expiryDate(), view.requestedExpiryDate(), view.submittedForExtension(),
                view.lastExtensionDate(), alreadyExisted, view.existingSharedItems(), FULLY_MANAGED,
                view.statistics(), view);
    }
}
