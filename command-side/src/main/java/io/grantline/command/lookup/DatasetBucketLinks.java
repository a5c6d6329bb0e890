package io.grantline.command.lookup;

/**
 * The set-wide fact about datasets that single aggregates cannot see: which S3 bucket backs which live dataset.
 * Kept in the same transaction as the events that change it.
 */
public interface DatasetBucketLinks {

    /** Links the bucket to the dataset, refusing with ResourceAlreadyExists when another dataset has it. */
    void link(String datasetUri, String bucketName, String action);

    void unlink(String datasetUri);
}
