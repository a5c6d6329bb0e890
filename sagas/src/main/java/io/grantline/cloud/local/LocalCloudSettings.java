package io.grantline.cloud.local;

import java.time.Duration;

/**
 * @param deployTime     how long a stack operation takes before describe shows it settled
 * @param trustAccountId the account Grantline pretends to run in
 */
public record LocalCloudSettings(Duration deployTime, String trustAccountId) {

    public LocalCloudSettings {
        if (deployTime == null || deployTime.isNegative()) {
            throw new IllegalArgumentException("The local deploy time must be zero or more, was " + deployTime);
        }
    }
}
