package io.grantline.graphql.share;

import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;

/**
 * data.all's expiry rules: a dataset with expiration enabled shares for expiryMinDuration to expiryMaxDuration
 * periods (months or quarters, its expirySetting) unless the share is requested as non-expirable.
 */
final class ShareExpirations {

    private ShareExpirations() {
    }

    /** The checks of changing a share's expiry (updateShareExpirationPeriod, submitShareExtension). */
    static void check(String action, DatasetView dataset, Integer expiration, Boolean nonExpirable) {
        if (!dataset.enableExpiration()) {
            throw new InvalidInput(action, "expiration", "cannot be set: the dataset " + dataset.name()
                    + " does not expire its shares");
        }
        if (!Boolean.TRUE.equals(nonExpirable)) {
            requireWithinBounds(action, "expiration", dataset, expiration);
        }
    }

    static void requireWithinBounds(String action, String field, DatasetView dataset, Integer period) {
        if (period == null) {
            throw new RequiredParameter(action, field);
        }
        Integer min = dataset.expiryMinDuration();
        Integer max = dataset.expiryMaxDuration();
        if ((min != null && period < min) || (max != null && period > max)) {
            throw new InvalidInput(action, field, "is " + period + " but the dataset " + dataset.name()
                    + " shares for " + min + " to " + max + " periods (" + dataset.expirySetting() + ")");
        }
    }
}
