package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.CreateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationPrefixRecorded;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Folders: data.all's storage locations, prefixes of the dataset's bucket. */
class StorageLocationTest {

    static final String FOLDER_URI = "locuri01";
    static final DatasetStorageLocationCreated RAW = new DatasetStorageLocationCreated(URI, FOLDER_URI, "Raw Sales",
            "raw-sales", "raw/sales", "Files as delivered", List.of("raw"), List.of("term0001"), "alice", null);

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static CreateDatasetStorageLocation create(String uri, String label, String prefix) {
        return new CreateDatasetStorageLocation(URI, uri, label, prefix, null, null, null, ALICE);
    }

    @Test
    void aFolderIsAPrefixOfTheDatasetsBucket() {
        fixture.given(created())
                .when(new CreateDatasetStorageLocation(URI, FOLDER_URI, "Raw Sales", "raw/sales",
                        "Files as delivered", List.of("raw"), List.of("term0001"), ALICE))
                .expectEvents(RAW);
    }

    @Test
    void anUndescribedFolderHasDataallsDefaultDescription() {
        fixture.given(created())
                .when(create(FOLDER_URI, "Raw", "raw"))
                .expectEvents(new DatasetStorageLocationCreated(URI, FOLDER_URI, "Raw", "raw", "raw",
                        "No description provided", List.of(), List.of(), "alice", null));
    }

    @Test
    void theFoldersTrailingSlashIsDropped() {
        fixture.given(created())
                .when(create(FOLDER_URI, "Raw", "raw/"))
                .expectEvents(new DatasetStorageLocationCreated(URI, FOLDER_URI, "Raw", "raw", "raw",
                        "No description provided", List.of(), List.of(), "alice", null));
    }

    @Test
    void aFolderNeedsAPrefix() {
        fixture.given(created())
                .when(create(FOLDER_URI, "Raw", " "))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("prefix is required"))
                .expectNoEvents();
    }

    @Test
    void aFolderNeedsALabel() {
        fixture.given(created())
                .when(create(FOLDER_URI, null, "raw"))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void aFoldersPrefixHasNoLeadingSlash() {
        fixture.given(created())
                .when(create(FOLDER_URI, "Raw", "/raw"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("prefix value /raw must be a path inside the bucket"))
                .expectNoEvents();
    }

    @Test
    void aPrefixIsOneFolderOfTheDataset() {
        fixture.given(created(), RAW)
                .when(create("locuri02", "Sales", "raw/sales/"))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Folder: raw/sales already exist on dataset " + URI))
                .expectNoEvents();
    }

    @Test
    void aDeletedFoldersPrefixCanBeUsedAgain() {
        fixture.given(created(), RAW, new DatasetStorageLocationDeleted(URI, FOLDER_URI, "raw/sales"))
                .when(create("locuri02", "Sales", "raw/sales"))
                .expectEvents(new DatasetStorageLocationCreated(URI, "locuri02", "Sales", "sales", "raw/sales",
                        "No description provided", List.of(), List.of(), "alice", null));
    }

    @Test
    void updatingAFolderKeepsWhatIsNotGiven() {
        fixture.given(created(), RAW)
                .when(new UpdateDatasetStorageLocation(URI, FOLDER_URI, null, "Delivered files", null, List.of(),
                        ALICE))
                .expectEvents(new DatasetStorageLocationUpdated(URI, FOLDER_URI, "Raw Sales", "Delivered files",
                        List.of("raw"), List.of(), null));
    }

    @Test
    void aGivenFolderLabelIsNotBlank() {
        fixture.given(created(), RAW)
                .when(new UpdateDatasetStorageLocation(URI, FOLDER_URI, " ", null, null, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void updatingAnUnknownFolderIsNotFound() {
        fixture.given(created(), RAW)
                .when(new UpdateDatasetStorageLocation(URI, "nosuchlc", "Raw", null, null, null, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Folder nosuchlc not found"))
                .expectNoEvents();
    }

    @Test
    void theFoldersPrefixWrittenToTheBucketIsRecorded() {
        fixture.given(created(), RAW)
                .when(new RecordStorageLocationPrefix(URI, FOLDER_URI, true, null))
                .expectEvents(new DatasetStorageLocationPrefixRecorded(URI, FOLDER_URI, true, null, null));
    }

    @Test
    void aPrefixTheBucketRefusedIsRecordedWithItsCause() {
        fixture.given(created(), RAW)
                .when(new RecordStorageLocationPrefix(URI, FOLDER_URI, false, "AccessDenied"))
                .expectEvents(new DatasetStorageLocationPrefixRecorded(URI, FOLDER_URI, false, "AccessDenied", null));
    }

    @Test
    void deletingAFolderRecordsItsPrefix() {
        fixture.given(created(), RAW)
                .when(new DeleteDatasetStorageLocation(URI, FOLDER_URI, ALICE))
                .expectEvents(new DatasetStorageLocationDeleted(URI, FOLDER_URI, "raw/sales"));
    }

    @Test
    void deletingAnUnknownFolderIsNotFound() {
        fixture.given(created())
                .when(new DeleteDatasetStorageLocation(URI, FOLDER_URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Folder " + FOLDER_URI + " not found"))
                .expectNoEvents();
    }
}
