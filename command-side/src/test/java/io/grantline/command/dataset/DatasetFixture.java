package io.grantline.command.dataset;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationPrefixRecorded;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnWrittenBack;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTablesSynced;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStatusChanged;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterCreated;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * A Dataset fixture wired with the external command handler. Timestamps, deployment ids and the uris the aggregate
 * draws itself (stack, new tables) are not compared; tests that care about them match the events explicitly.
 */
final class DatasetFixture {

    private DatasetFixture() {
    }

    static AggregateTestFixture<Dataset> with(InMemoryDatasetBucketLinks links) {
        AggregateTestFixture<Dataset> fixture = new AggregateTestFixture<>(Dataset.class);
        fixture.registerAnnotatedCommandHandler(new DatasetCommandHandler(fixture.getRepository(), links));
        fixture.registerIgnoredField(DatasetCreated.class, "stackUri");
        fixture.registerIgnoredField(DatasetCreated.class, "created");
        fixture.registerIgnoredField(DatasetUpdated.class, "updated");
        fixture.registerIgnoredField(DatasetDeleted.class, "deleted");
        fixture.registerIgnoredField(DatasetStackDeploymentRequested.class, "stackUri");
        fixture.registerIgnoredField(DatasetStackDeploymentRequested.class, "deploymentId");
        fixture.registerIgnoredField(DatasetStackDeploymentRequested.class, "requested");
        fixture.registerIgnoredField(DatasetStackStatusChanged.class, "changed");
        fixture.registerIgnoredField(GlueCrawlerStarted.class, "started");
        fixture.registerIgnoredField(GlueCrawlerStatusChanged.class, "changed");
        fixture.registerIgnoredField(DatasetTablesSynced.class, "synced");
        fixture.registerIgnoredField(DatasetTableAdded.class, "added");
        fixture.registerIgnoredField(DatasetTableCatalogChanged.class, "changed");
        fixture.registerIgnoredField(DatasetTableRemoved.class, "removed");
        fixture.registerIgnoredField(DatasetTableUpdated.class, "updated");
        fixture.registerIgnoredField(DatasetTableColumnUpdated.class, "updated");
        fixture.registerIgnoredField(DatasetTableColumnWrittenBack.class, "recorded");
        fixture.registerIgnoredField(TableDataFilterCreated.class, "created");
        fixture.registerIgnoredField(DatasetStorageLocationCreated.class, "created");
        fixture.registerIgnoredField(DatasetStorageLocationUpdated.class, "updated");
        fixture.registerIgnoredField(DatasetStorageLocationPrefixRecorded.class, "recorded");
        fixture.registerIgnoredField(DatasetProfilingRunStarted.class, "started");
        fixture.registerIgnoredField(DatasetProfilingRunStatusChanged.class, "changed");
        return fixture;
    }
}
