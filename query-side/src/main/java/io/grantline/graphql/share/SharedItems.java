package io.grantline.graphql.share;

import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.graphql.dataset.DatasetReads;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * What an item of a share names: a table of the dataset by its Glue table name, a folder by its S3 prefix, or the
 * dataset's whole bucket (whose item uri is the dataset uri).
 */
@Component
public class SharedItems {

    private final DatasetReads datasets;

    public SharedItems(DatasetReads datasets) {
        this.datasets = datasets;
    }

    public SharedItem resolve(String action, DatasetView dataset, String itemType, String itemUri) {
        if (itemType == null || itemType.isBlank()) {
            throw new RequiredParameter(action, "itemType");
        }
        if (itemUri == null || itemUri.isBlank()) {
            throw new RequiredParameter(action, "itemUri");
        }
        return switch (type(action, itemType)) {
            case Table -> table(action, dataset, itemUri);
            case StorageLocation -> folder(action, dataset, itemUri);
            case S3Bucket -> bucket(action, dataset, itemUri);
        };
    }

    private static ShareableType type(String action, String itemType) {
        return Arrays.stream(ShareableType.values()).filter(type -> type.name().equals(itemType)).findFirst()
                .orElseThrow(() -> new InvalidInput(action, "itemType", "is " + itemType
                        + "; the items of an S3 dataset are Table, StorageLocation or S3Bucket"));
    }

    private SharedItem table(String action, DatasetView dataset, String tableUri) {
        DatasetTableView table;
        try {
            table = datasets.table(tableUri);
        } catch (ObjectNotFound e) {
            throw notOfDataset(action, "table", tableUri, dataset);
        }
        if (!table.datasetUri().equals(dataset.datasetUri())) {
            throw notOfDataset(action, "table", tableUri, dataset);
        }
        return new SharedItem(ShareableType.Table, tableUri, table.name(), table.description());
    }

    private SharedItem folder(String action, DatasetView dataset, String locationUri) {
        DatasetStorageLocationView folder;
        try {
            folder = datasets.location(locationUri);
        } catch (ObjectNotFound e) {
            throw notOfDataset(action, "folder", locationUri, dataset);
        }
        if (!folder.datasetUri().equals(dataset.datasetUri())) {
            throw notOfDataset(action, "folder", locationUri, dataset);
        }
        return new SharedItem(ShareableType.StorageLocation, locationUri, folder.s3Prefix(), folder.description());
    }

    private static SharedItem bucket(String action, DatasetView dataset, String itemUri) {
        if (!itemUri.equals(dataset.datasetUri())) {
            throw new InvalidInput(action, "itemUri", "is " + itemUri + " but the bucket of the dataset "
                    + dataset.datasetUri() + " is shared under the dataset uri");
        }
        return new SharedItem(ShareableType.S3Bucket, itemUri, dataset.resources().s3BucketName(),
                dataset.description());
    }

    private static InvalidInput notOfDataset(String action, String kind, String uri, DatasetView dataset) {
        return new InvalidInput(action, "itemUri", "names " + uri + ", which is no " + kind + " of the dataset "
                + dataset.datasetUri());
    }
}
