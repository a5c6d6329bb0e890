package io.grantline.cloud.aws;

import java.net.URI;

/**
 * How the share adapters reach Lake Formation, S3 Control and RAM in the environment accounts (Glue, S3 and KMS
 * come with {@link AwsDatasetSettings}, IAM with {@link AwsPlatformSettings}).
 *
 * @param lakeFormationEndpoint an endpoint to use instead of AWS's for Lake Formation; null for AWS's
 * @param s3ControlEndpoint     an endpoint to use instead of AWS's for S3 Control (no account id host prefix
 *                              then); null for AWS's
 * @param ramEndpoint           an endpoint to use instead of {@code https://ram.<region>.amazonaws.com} for RAM;
 *                              null for AWS's
 */
public record AwsShareSettings(URI lakeFormationEndpoint, URI s3ControlEndpoint, URI ramEndpoint) {

    public URI ramEndpoint(String region) {
        return ramEndpoint != null ? ramEndpoint : URI.create("https://ram." + region + ".amazonaws.com");
    }
}
