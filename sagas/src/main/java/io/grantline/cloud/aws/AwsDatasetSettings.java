package io.grantline.cloud.aws;

import java.net.URI;
import java.time.Duration;

/**
 * How the dataset adapters reach S3, KMS, Glue and Athena in the environment accounts.
 *
 * @param s3Endpoint        an endpoint to use instead of AWS's for S3 (path-style addressing then); null for AWS's
 * @param kmsEndpoint       an endpoint to use instead of AWS's for KMS; null for AWS's
 * @param glueEndpoint      an endpoint to use instead of AWS's for Glue; null for AWS's
 * @param athenaEndpoint    an endpoint to use instead of AWS's for Athena; null for AWS's
 * @param athenaWorkgroup   the workgroup table previews run in, in every environment account
 * @param queryPollInterval how long to wait between two looks at a running preview query
 * @param queryMaxPolls     how many looks a preview query gets before it is stopped and answered as a timeout
 * @param uploadValidity    how long a presigned upload form works
 */
public record AwsDatasetSettings(URI s3Endpoint, URI kmsEndpoint, URI glueEndpoint, URI athenaEndpoint,
                                 String athenaWorkgroup, Duration queryPollInterval, int queryMaxPolls,
                                 Duration uploadValidity) {

    /** The workgroup every account has; the environment's own workgroup is not known to the preview port. */
    public static final String DEFAULT_WORKGROUP = "primary";
    /** data.all's presigned POST is valid for 15 minutes. */
    public static final Duration DEFAULT_UPLOAD_VALIDITY = Duration.ofMinutes(15);

    public AwsDatasetSettings {
        athenaWorkgroup = athenaWorkgroup == null || athenaWorkgroup.isBlank() ? DEFAULT_WORKGROUP
                : athenaWorkgroup.trim();
        if (queryPollInterval == null || queryPollInterval.isNegative()) {
            throw new IllegalArgumentException("The preview query poll interval must be zero or more, was "
                    + queryPollInterval);
        }
        if (queryMaxPolls < 1) {
            throw new IllegalArgumentException("A preview query must be looked at at least once, was "
                    + queryMaxPolls);
        }
        uploadValidity = uploadValidity == null ? DEFAULT_UPLOAD_VALIDITY : uploadValidity;
        if (uploadValidity.isNegative() || uploadValidity.isZero()
                || uploadValidity.compareTo(AwsPlatformSettings.MAX_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("A presigned upload must be valid for up to 7 days, was "
                    + uploadValidity);
        }
    }
}
