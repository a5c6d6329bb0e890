package io.grantline.cloud.aws;

import java.net.URI;
import java.time.Duration;

/**
 * How the AWS adapters reach AWS.
 *
 * @param homeRegion         the region of Grantline's own calls (STS of the platform account)
 * @param stsEndpoint        an endpoint to use instead of AWS's for STS; null for AWS's
 * @param cloudFormationEndpoint an endpoint to use instead of AWS's for CloudFormation; null for AWS's
 * @param federationEndpoint the console sign-in federation endpoint
 * @param apiCallTimeout     how long one SDK call (all its attempts) may take
 * @param maxAttempts        how many attempts the SDK makes itself before the saga's own retries take over
 * @param sessionName        the role session name, seen in the environment accounts' CloudTrail
 */
public record AwsCloudSettings(String homeRegion, URI stsEndpoint, URI cloudFormationEndpoint,
                               URI federationEndpoint, Duration apiCallTimeout, int maxAttempts,
                               String sessionName) {

    public static final URI AWS_FEDERATION = URI.create("https://signin.aws.amazon.com/federation");

    public AwsCloudSettings {
        if (homeRegion == null || homeRegion.isBlank()) {
            throw new IllegalArgumentException("The AWS home region must be set");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        federationEndpoint = federationEndpoint == null ? AWS_FEDERATION : federationEndpoint;
    }
}
