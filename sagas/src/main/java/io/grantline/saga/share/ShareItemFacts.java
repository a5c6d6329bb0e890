package io.grantline.saga.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.SharedItem;

/** One item of a share as the share's events tell it now; filter is null unless data filters are attached. */
public record ShareItemFacts(String shareItemUri, SharedItem item, AttachedDataFilter filter,
                             ShareItemStatus status) {

    ShareItemFacts withStatus(ShareItemStatus newStatus) {
        return new ShareItemFacts(shareItemUri, item, filter, newStatus);
    }

    ShareItemFacts withFilter(AttachedDataFilter newFilter) {
        return new ShareItemFacts(shareItemUri, item, newFilter, status);
    }
}
