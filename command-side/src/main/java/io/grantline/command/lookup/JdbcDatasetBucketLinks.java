package io.grantline.command.lookup;

import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcDatasetBucketLinks implements DatasetBucketLinks {

    private final JdbcTemplate jdbc;

    public JdbcDatasetBucketLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void link(String datasetUri, String bucketName, String action) {
        // ON CONFLICT keeps the transaction usable; a bucket already taken then shows as 0 rows.
        int inserted = jdbc.update("""
                insert into dataset_bucket_link (dataset_uri, bucket_name) values (?, ?)
                on conflict do nothing""", datasetUri, bucketName);
        if (inserted == 0) {
            throw DatasetBucketTaken.of(action, bucketName);
        }
    }

    @Override
    public void unlink(String datasetUri) {
        jdbc.update("delete from dataset_bucket_link where dataset_uri = ?", datasetUri);
    }
}
