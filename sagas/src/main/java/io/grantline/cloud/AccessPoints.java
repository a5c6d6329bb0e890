package io.grantline.cloud;

import java.util.Optional;

/** S3 access points of an account (S3 Control), through which folders are shared. */
public interface AccessPoints {

    record AccessPoint(String name, String bucketName, String arn, String alias) {
    }

    Optional<AccessPoint> find(String accountId, String region, String name);

    /** Creates the access point on the bucket unless it exists; answers it either way. */
    AccessPoint ensure(String accountId, String region, String name, String bucketName);

    /** Deletes the access point (and its policy) if it exists. */
    void delete(String accountId, String region, String name);

    /** The access point's policy document (JSON); empty when it has none. */
    Optional<String> policy(String accountId, String region, String name);

    void putPolicy(String accountId, String region, String name, String policyJson);
}
