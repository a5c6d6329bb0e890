package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.COL_ID;
import static io.grantline.command.dataset.DatasetSamples.TABLE;
import static io.grantline.command.dataset.DatasetSamples.TABLE_URI;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.ordersAdded;
import static io.grantline.command.dataset.DatasetSamples.rowFilterCreated;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.DeleteDatasetTable;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTable;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTableColumn;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnWrittenBack;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterDeleted;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What users change on a table and its columns, and deleting it. */
class DatasetTableTest {

    static final DatasetTableUpdated DETAILED = new DatasetTableUpdated(URI, TABLE_URI, "Orders", "Every order",
            List.of("sales"), List.of("Orders"), List.of("term0001"), null);

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    @Test
    void updatingATableRecordsItsDetails() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTable(URI, TABLE_URI, "Orders", "Every order", List.of("sales"),
                        List.of("Orders"), List.of("term0001"), ALICE))
                .expectEvents(DETAILED);
    }

    @Test
    void whatAnUpdateDoesNotGiveStaysAsItWas() {
        fixture.given(created(), ordersAdded(), DETAILED)
                .when(new UpdateDatasetTable(URI, TABLE_URI, null, "All orders", null, null, null, ALICE))
                .expectEvents(new DatasetTableUpdated(URI, TABLE_URI, "Orders", "All orders", List.of("sales"),
                        List.of("Orders"), List.of("term0001"), null));
    }

    @Test
    void aGivenTableLabelIsNotBlank() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTable(URI, TABLE_URI, "", null, null, null, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("updateDatasetTable operation:\nlabel is required"))
                .expectNoEvents();
    }

    @Test
    void updatingAnUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTable(URI, "nosuchtb", "Orders", null, null, null, null, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTable nosuchtb not found"))
                .expectNoEvents();
    }

    @Test
    void aColumnsNewDescriptionIsRecordedForTheCatalog() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTableColumn(URI, TABLE_URI, COL_ID, "the order's number", ALICE))
                .expectEvents(new DatasetTableColumnUpdated(URI, TABLE_URI, COL_ID, "id", "the order's number",
                        null));
    }

    @Test
    void aColumnsDescriptionIsRequired() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTableColumn(URI, TABLE_URI, COL_ID, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("description is required"))
                .expectNoEvents();
    }

    @Test
    void anUnknownColumnIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTableColumn(URI, TABLE_URI, "nosuchcl", "x", ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Column nosuchcl not found"))
                .expectNoEvents();
    }

    @Test
    void theColumnOfAnUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new UpdateDatasetTableColumn(URI, "nosuchtb", COL_ID, "x", ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTable nosuchtb not found"))
                .expectNoEvents();
    }

    @Test
    void theCatalogsAnswerToADescriptionWriteBackIsRecorded() {
        fixture.given(created(), ordersAdded())
                .when(new RecordColumnWriteBack(URI, TABLE_URI, COL_ID, false, "AccessDeniedException"))
                .expectEvents(new DatasetTableColumnWrittenBack(URI, TABLE_URI, COL_ID, false,
                        "AccessDeniedException", null));
    }

    @Test
    void aWriteBackOfAnUnknownColumnIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new RecordColumnWriteBack(URI, TABLE_URI, "nosuchcl", true, null))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void deletingATableRemovesItAsDeletedByItsUsers() {
        fixture.given(created(), ordersAdded())
                .when(new DeleteDatasetTable(URI, TABLE_URI, ALICE))
                .expectEvents(new DatasetTableRemoved(URI, TABLE_URI, TABLE, "deleted", null));
    }

    @Test
    void aDeletedTableTakesItsDataFiltersWithIt() {
        fixture.given(created(), ordersAdded(), rowFilterCreated("filter01", "big_orders"),
                        rowFilterCreated("filter02", "small_orders"))
                .when(new DeleteDatasetTable(URI, TABLE_URI, ALICE))
                .expectEvents(new TableDataFilterDeleted(URI, TABLE_URI, "filter01", "big_orders"),
                        new TableDataFilterDeleted(URI, TABLE_URI, "filter02", "small_orders"),
                        new DatasetTableRemoved(URI, TABLE_URI, TABLE, "deleted", null));
    }

    @Test
    void deletingAnUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded(), new DatasetTableRemoved(URI, TABLE_URI, TABLE, "deleted", null))
                .when(new DeleteDatasetTable(URI, TABLE_URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }
}
