package io.grantline.cloud;

import java.time.Instant;

/** Temporary credentials of a role assumed in an account; they expire and are never stored. */
public record CloudSession(String accountId, String region, String roleArn, String accessKeyId,
                           String secretAccessKey, String sessionToken, Instant expiration) {

    @Override
    public String toString() {
        return "CloudSession[" + roleArn + " in " + region + ", expires " + expiration + "]";
    }
}
