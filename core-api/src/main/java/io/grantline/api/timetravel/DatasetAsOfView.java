package io.grantline.api.timetravel;

import java.time.Instant;
import java.util.List;

/** A dataset as its events had made it at asOf; version is how many of its events were folded. */
public record DatasetAsOfView(String datasetUri, String label, String name, String description, List<String> tags,
                              List<String> topics, String owner, String samlAdminGroupName,
                              String environmentAdminGroup, String stewards, String environmentUri,
                              String organizationUri, String awsAccountId, String region, String confidentiality,
                              String s3BucketName, String glueDatabaseName, List<DatasetPartAsOf> tables,
                              List<DatasetPartAsOf> folders, Instant created, Instant updated, boolean deleted,
                              Instant deletedAt, Instant asOf, long version) {

    /** A table or folder of the dataset: name is the Glue table name or the folder's name, s3Prefix its prefix. */
    public record DatasetPartAsOf(String uri, String name, String label, String s3Prefix, Instant added,
                                  boolean deleted, Instant deletedAt) {
    }
}
