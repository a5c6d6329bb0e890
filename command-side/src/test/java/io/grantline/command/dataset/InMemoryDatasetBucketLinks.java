package io.grantline.command.dataset;

import io.grantline.command.lookup.DatasetBucketLinks;
import io.grantline.command.lookup.DatasetBucketTaken;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bucket links kept in memory, with the rules of the JDBC table, for the aggregate tests. */
class InMemoryDatasetBucketLinks implements DatasetBucketLinks {

    /** dataset uri to bucket name */
    final Map<String, String> links = new LinkedHashMap<>();

    @Override
    public void link(String datasetUri, String bucketName, String action) {
        if (links.containsValue(bucketName) || links.containsKey(datasetUri)) {
            throw DatasetBucketTaken.of(action, bucketName);
        }
        links.put(datasetUri, bucketName);
    }

    @Override
    public void unlink(String datasetUri) {
        links.remove(datasetUri);
    }
}
