package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import java.util.List;

/**
 * data.all's DatasetStorageLocation (a folder). datasetUri is not in data.all's type; dataset, restricted,
 * userRoleForStorageLocation and terms are nested fields that read it.
 */
public record StorageLocationNode(String locationUri, String datasetUri, String label, String name,
                                  String description, String owner, String created, String updated,
                                  List<String> tags, String S3Prefix, Boolean locationCreated,
                                  String environmentEndPoint) {

    static StorageLocationNode of(DatasetStorageLocationView view) {
        return new StorageLocationNode(view.locationUri(), view.datasetUri(), view.label(), view.name(),
                view.description(), view.owner(), view.created(), view.updated(), view.tags(), view.s3Prefix(),
                view.locationCreated(),
                // environmentEndPoint: data.all only fills it in share listings
                null);
    }
}
