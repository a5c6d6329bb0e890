package io.grantline.saga.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import java.util.List;

/**
 * Grants, revokes and verifies one kind of shared item in the cloud (data.all's share managers). Every method is
 * idempotent and safe to repeat after a partial failure; failures are the cloud ports' exceptions, so the caller
 * can tell throttling (retry) from a refusal (the item fails with the cause). filter is null unless the item is a
 * table shared through data filters.
 */
public interface ShareItemManager {

    ShareableType type();

    void grant(ShareGrant share, SharedItem item, AttachedDataFilter filter);

    /**
     * Takes back exactly what {@link #grant} gave, and removes the shared database, resource link or access point
     * when nothing else uses it any more.
     */
    void revoke(ShareGrant share, SharedItem item, AttachedDataFilter filter);

    /** What grant gives that the cloud does not have now, in words ("missing LF permissions: DESCRIBE"). */
    List<String> verify(ShareGrant share, SharedItem item, AttachedDataFilter filter);
}
