package io.grantline.command.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.SharedItem;
import java.util.Objects;

/** One item of a share as the aggregate remembers it; changed only by the share's event sourcing handlers. */
final class ShareItem {

    final String shareItemUri;
    final SharedItem item;
    ShareItemStatus status;
    ShareItemHealthStatus health;
    /** The verify or re-apply run the item's health waits for. */
    String healthProcessingId;
    AttachedDataFilter filter;

    ShareItem(String shareItemUri, SharedItem item, ShareItemStatus status) {
        this.shareItemUri = shareItemUri;
        this.item = item;
        this.status = status;
    }

    boolean healthPending() {
        return health == ShareItemHealthStatus.PendingVerify || health == ShareItemHealthStatus.PendingReApply;
    }

    /** Equal when every fact is: Axon's fixtures compare the state a command left with the state its events give. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShareItem that && shareItemUri.equals(that.shareItemUri) && item.equals(that.item)
                && status == that.status && health == that.health
                && Objects.equals(healthProcessingId, that.healthProcessingId) && Objects.equals(filter, that.filter);
    }

    @Override
    public int hashCode() {
        return shareItemUri.hashCode();
    }

    String describe() {
        return item.itemType() + " " + item.itemName() + " (" + item.itemUri() + ")";
    }
}
