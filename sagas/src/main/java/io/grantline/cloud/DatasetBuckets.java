package io.grantline.cloud;

/** S3 as datasets use it, in an environment account reached through the pivot role. */
public interface DatasetBuckets {

    boolean bucketExists(String accountId, String region, String bucketName);

    /** Writes the empty marker object {@code prefix/}, as data.all does when a folder is created. */
    void createPrefix(String accountId, String region, String bucketName, String prefix);

    /** A presigned POST for {@code key}, as data.all answers it: JSON {"url": ..., "fields": {...}}. */
    String presignedPost(String accountId, String region, String bucketName, String key);

    /** The object's content as text; {@link CloudResourceNotFoundException} when it does not exist. */
    String readObject(String accountId, String region, String bucketName, String key);
}
