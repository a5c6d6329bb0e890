package io.grantline.api.share;

/**
 * One thing of the dataset in a share. itemUri is the table uri, the folder uri, or the dataset uri for the
 * dataset's bucket; itemName is the Glue table name, the folder's S3 prefix, or the bucket name.
 */
public record SharedItem(ShareableType itemType, String itemUri, String itemName, String description) {
}
