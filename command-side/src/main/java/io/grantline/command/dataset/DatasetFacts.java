package io.grantline.command.dataset;

import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.error.ObjectNotFound;

/** What the parts of a dataset (tables, folders, runs) need to know about the dataset itself; kept by its root. */
final class DatasetFacts {

    private String datasetUri;
    private String owner;
    private DatasetResources resources;
    private boolean deleted;

    void created(String datasetUri, String owner, DatasetResources resources) {
        this.datasetUri = datasetUri;
        this.owner = owner;
        this.resources = resources;
    }

    void resourcesChanged(DatasetResources resources) {
        this.resources = resources;
    }

    void deleted() {
        deleted = true;
    }

    String datasetUri() {
        return datasetUri;
    }

    String owner() {
        return owner;
    }

    DatasetResources resources() {
        return resources;
    }

    boolean isDeleted() {
        return deleted;
    }

    /** What people ask of a deleted dataset is refused as data.all refuses it: the dataset is gone. */
    void requireLive() {
        if (deleted) {
            throw new ObjectNotFound("Dataset", datasetUri);
        }
    }
}
