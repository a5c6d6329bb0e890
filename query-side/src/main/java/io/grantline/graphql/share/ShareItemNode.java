package io.grantline.graphql.share;

import io.grantline.api.share.ShareQueries.ShareItemView;

/** data.all's ShareItem: an item of a share, or a shareable item of its dataset not in it yet. */
public record ShareItemNode(String shareItemUri, String shareUri, String itemUri, String itemType, String itemName,
                            String description, String status, String action, String healthStatus,
                            String healthMessage, String lastVerificationTime, String attachedDataFilterUri) {

    static ShareItemNode of(ShareItemView view) {
        return new ShareItemNode(view.shareItemUri(), view.shareUri(), view.itemUri(),
                view.itemType() == null ? null : view.itemType().name(), view.itemName(), view.description(),
                view.status() == null ? null : view.status().name(), view.action(),
                view.healthStatus() == null ? null : view.healthStatus().name(), view.healthMessage(),
                view.lastVerificationTime(), view.filter() == null ? null : view.filter().attachedDataFilterUri());
    }
}
