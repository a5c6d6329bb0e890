package io.grantline.command.share;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.share.SharedDataset;
import java.time.Instant;
import java.time.ZoneOffset;

/** data.all's share expiration: a period in the dataset's unit (months, or quarters) within its bounds. */
final class ShareExpiry {

    static final String QUARTERLY = "Quarterly";

    private ShareExpiry() {
    }

    /** The period a share asks for, checked against the dataset's bounds when the share is to expire. */
    static Integer checkedPeriod(String action, String field, SharedDataset dataset, Integer period,
                                 boolean nonExpirable) {
        if (nonExpirable) {
            return null;
        }
        if (!dataset.enableExpiration()) {
            return period;
        }
        if (period == null) {
            throw new InvalidInput(action, field, "is required: either make the share non-expiring or provide an"
                    + " expiration period");
        }
        Integer min = dataset.expiryMinDuration();
        Integer max = dataset.expiryMaxDuration();
        if (period < 1 || (min != null && period < min) || (max != null && period > max)) {
            throw new InvalidInput(action, field, "must be between " + (min == null ? 1 : min) + " and "
                    + (max == null ? "any" : max) + " " + unit(dataset) + ", not " + period);
        }
        return period;
    }

    /** When a share granted at from expires; null when it does not. */
    static Instant expiryDate(SharedDataset dataset, Integer period, boolean nonExpirable, Instant from) {
        if (nonExpirable || !dataset.enableExpiration() || period == null) {
            return null;
        }
        int months = QUARTERLY.equals(dataset.expirySetting()) ? period * 3 : period;
        return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static String unit(SharedDataset dataset) {
        return QUARTERLY.equals(dataset.expirySetting()) ? "quarters" : "months";
    }
}
