package io.grantline.api.share;

/** What can be shared from an S3 dataset (data.all's RedshiftTable is not part of Grantline's datasets). */
public enum ShareableType {
    Table, StorageLocation, S3Bucket
}
