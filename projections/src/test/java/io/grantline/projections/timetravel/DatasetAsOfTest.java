package io.grantline.projections.timetravel;

import static io.grantline.projections.timetravel.TimeTravelEvents.DATASET;
import static io.grantline.projections.timetravel.TimeTravelEvents.datasetCreated;
import static io.grantline.projections.timetravel.TimeTravelEvents.datasetUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.timetravel.DatasetAsOfView;
import io.grantline.api.timetravel.DatasetAsOfView.DatasetPartAsOf;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetAsOfTest {

    private final TimeTravelEvents events = new TimeTravelEvents();

    @Test
    void theDatasetAsCreatedCarriesItsTeamsPlaceAndStorage() {
        Instant created = events.record(DATASET, datasetCreated("stewards"));

        DatasetAsOfView view = DatasetAsOf.of(events.of(DATASET)).view(created);

        assertThat(view.label()).isEqualTo("Sales");
        assertThat(view.name()).isEqualTo("sales");
        assertThat(view.samlAdminGroupName()).isEqualTo("owners");
        assertThat(view.environmentAdminGroup()).isEqualTo("env-admins");
        assertThat(view.stewards()).isEqualTo("stewards");
        assertThat(view.owner()).isEqualTo("alice");
        assertThat(view.environmentUri()).isEqualTo("env1");
        assertThat(view.organizationUri()).isEqualTo("org1");
        assertThat(view.s3BucketName()).isEqualTo("bucket-ds1");
        assertThat(view.glueDatabaseName()).isEqualTo("db_ds1");
        assertThat(view.tags()).containsExactly("shop");
        assertThat(view.topics()).containsExactly("Finances");
        assertThat(view.confidentiality()).isEqualTo("Unclassified");
        assertThat(view.created()).isEqualTo(created);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.deleted()).isFalse();
    }

    @Test
    void anInstantBetweenTwoUpdatesSeesTheFirstOnly() {
        events.record(DATASET, datasetCreated(null));
        Instant first = events.record(DATASET, datasetUpdated("Sales v2", "stewards", List.of("v2")));
        events.record(DATASET, datasetUpdated("Sales v3", "other-stewards", List.of("v3")));

        DatasetAsOfView between = DatasetAsOf.of(events.of(DATASET, first.plusSeconds(1)))
                .view(first.plusSeconds(1));

        assertThat(between.label()).isEqualTo("Sales v2");
        assertThat(between.stewards()).isEqualTo("stewards");
        assertThat(between.tags()).containsExactly("v2");
        assertThat(between.confidentiality()).isEqualTo("Official");
        assertThat(between.updated()).isEqualTo(first);
        assertThat(between.version()).isEqualTo(2);
    }

    @Test
    void stewardsCountFromTheUpdateThatNamedThem() {
        events.record(DATASET, datasetCreated(null));
        Instant named = events.record(DATASET, datasetUpdated("Sales", "stewards", List.of()));
        events.record(DATASET, datasetUpdated("Sales renamed", "stewards", List.of()));

        DatasetAsOf fold = DatasetAsOf.of(events.of(DATASET));

        assertThat(fold.stewardsSince()).isEqualTo(named);
    }

    @Test
    void tablesAndFoldersKeepTheirNamesAndWhetherTheyWereRemoved() {
        events.record(DATASET, datasetCreated(null));
        Instant added = events.record(DATASET, new DatasetTableAdded(DATASET, "t1", "customers", "customers",
                "db_ds1", "customers/", Map.of(), List.of(), "alice", Instant.now()));
        events.record(DATASET, new DatasetTableUpdated(DATASET, "t1", "Customers", "all of them", List.of(),
                List.of(), List.of(), Instant.now()));
        events.record(DATASET, new DatasetStorageLocationCreated(DATASET, "f1", "raw", "raw", "raw/", "raw files",
                List.of(), List.of(), "alice", Instant.now()));
        Instant removed = events.record(DATASET, new DatasetTableRemoved(DATASET, "t1", "customers", "deleted",
                Instant.now()));
        events.record(DATASET, new DatasetStorageLocationDeleted(DATASET, "f1", "raw/"));

        DatasetAsOfView beforeRemoval = DatasetAsOf.of(events.of(DATASET, removed.minusSeconds(1)))
                .view(removed.minusSeconds(1));
        DatasetAsOfView after = DatasetAsOf.of(events.of(DATASET)).view(Instant.MAX);

        assertThat(beforeRemoval.tables()).containsExactly(
                new DatasetPartAsOf("t1", "customers", "Customers", "customers/", added, false, null));
        assertThat(beforeRemoval.folders()).extracting(DatasetPartAsOf::name, DatasetPartAsOf::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("raw", false));
        assertThat(after.tables()).extracting(DatasetPartAsOf::deleted, DatasetPartAsOf::deletedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, removed));
        assertThat(after.folders()).extracting(DatasetPartAsOf::deleted).containsExactly(true);
    }

    @Test
    void aDeletedDatasetSaysSoAndWhen() {
        events.record(DATASET, datasetCreated(null));
        Instant deleted = events.record(DATASET, new DatasetDeleted(DATASET, "env1", false, null, Instant.now()));

        DatasetAsOfView view = DatasetAsOf.of(events.of(DATASET)).view(deleted);

        assertThat(view.deleted()).isTrue();
        assertThat(view.deletedAt()).isEqualTo(deleted);
    }

    @Test
    void eventsItDoesNotFoldStillCountTowardsTheVersion() {
        events.record(DATASET, datasetCreated(null));
        events.record(DATASET, new DatasetStackStatusChanged(DATASET, "stack1", "d1", "CREATE_COMPLETE", "id",
                Map.of(), null, Instant.now()));

        DatasetAsOf fold = DatasetAsOf.of(events.of(DATASET));

        assertThat(fold.version()).isEqualTo(2);
        assertThat(fold.lastPosition()).isEqualTo(101);
    }

    @Test
    void beforeItsCreationTheDatasetDidNotExist() {
        Instant created = events.record(DATASET, datasetCreated(null));

        assertThat(DatasetAsOf.of(events.of(DATASET, created.minusMillis(1))).existed()).isFalse();
    }
}
