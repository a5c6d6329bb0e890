package io.grantline.cloud.aws;

import java.net.URI;
import java.time.Duration;

/**
 * How the AWS adapters of the platform's own services (S3, SSM) and of IAM in environment accounts are reached.
 *
 * @param s3Endpoint      an endpoint to use instead of AWS's for S3 (path-style addressing then); null for AWS's
 * @param iamEndpoint     an endpoint to use instead of AWS's for IAM; null for AWS's
 * @param ssmEndpoint     an endpoint to use instead of AWS's for SSM; null for AWS's
 * @param templatesBucket the platform's bucket holding the templates it hands out; blank when none is configured
 * @param linkValidity    how long a presigned link to a template works
 */
public record AwsPlatformSettings(URI s3Endpoint, URI iamEndpoint, URI ssmEndpoint, String templatesBucket,
                                  Duration linkValidity) {

    /** S3 refuses presigned URLs valid for longer than a week. */
    public static final Duration MAX_LINK_VALIDITY = Duration.ofDays(7);

    public AwsPlatformSettings {
        if (linkValidity == null || linkValidity.isNegative() || linkValidity.isZero()
                || linkValidity.compareTo(MAX_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("A presigned link must be valid for up to 7 days, was "
                    + linkValidity);
        }
        templatesBucket = templatesBucket == null ? "" : templatesBucket.trim();
    }
}
