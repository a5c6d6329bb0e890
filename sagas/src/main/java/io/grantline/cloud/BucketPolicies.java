package io.grantline.cloud;

import java.util.Optional;

/** The resource policy of an S3 bucket. */
public interface BucketPolicies {

    /** The bucket policy document (JSON); empty when the bucket has none. */
    Optional<String> policy(String accountId, String region, String bucketName);

    void putPolicy(String accountId, String region, String bucketName, String policyJson);
}
