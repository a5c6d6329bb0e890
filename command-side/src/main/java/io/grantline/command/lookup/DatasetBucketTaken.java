package io.grantline.command.lookup;

import io.grantline.api.error.ResourceAlreadyExists;

/** data.all's refusal when a bucket already backs a dataset; shared with the in-memory links of the tests. */
public final class DatasetBucketTaken {

    private DatasetBucketTaken() {
    }

    public static ResourceAlreadyExists of(String action, String bucketName) {
        return new ResourceAlreadyExists(action, "Dataset with bucket " + bucketName
                + " already exists; bucketName must name a bucket no other dataset uses");
    }
}
