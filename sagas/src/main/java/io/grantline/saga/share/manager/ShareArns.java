package io.grantline.saga.share.manager;

import java.util.List;

/** The ARNs share policies name. */
final class ShareArns {

    private ShareArns() {
    }

    static String bucket(String bucketName) {
        return "arn:aws:s3:::" + bucketName;
    }

    /** The bucket and every object in it. */
    static List<String> bucketAndObjects(String bucketName) {
        return List.of(bucket(bucketName), bucket(bucketName) + "/*");
    }

    static String accessPoint(String accountId, String region, String accessPointName) {
        return "arn:aws:s3:" + region + ":" + accountId + ":accesspoint/" + accessPointName;
    }

    static String key(String accountId, String region, String keyId) {
        return "arn:aws:kms:" + region + ":" + accountId + ":key/" + keyId;
    }
}
