package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.COL_AMOUNT;
import static io.grantline.command.dataset.DatasetSamples.COL_ID;
import static io.grantline.command.dataset.DatasetSamples.DEFAULT_DESCRIPTION;
import static io.grantline.command.dataset.DatasetSamples.GLUE_DATABASE;
import static io.grantline.command.dataset.DatasetSamples.TABLE;
import static io.grantline.command.dataset.DatasetSamples.TABLE_LOCATION;
import static io.grantline.command.dataset.DatasetSamples.TABLE_PROPERTIES;
import static io.grantline.command.dataset.DatasetSamples.TABLE_URI;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.catalogOrders;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.orderColumns;
import static io.grantline.command.dataset.DatasetSamples.ordersAdded;
import static io.grantline.command.dataset.DatasetSamples.rowFilterCreated;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTableColumns;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTablesSynced;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterDeleted;
import io.grantline.api.dataset.TableColumn;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableSyncTest {

    static final CatalogTable CUSTOMERS = new CatalogTable("customers", "s3://bucket/customers/", Map.of(),
            List.of(new CatalogColumn("name", "string", "the customer's name", "column")));

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static SyncDatasetTables sync(CatalogTable... tables) {
        return new SyncDatasetTables(URI, List.of(tables), ALICE);
    }

    static CatalogTable orders(String location, Map<String, String> properties, CatalogColumn... columns) {
        return new CatalogTable(TABLE, location, properties, List.of(columns));
    }

    static DatasetTablesSynced synced(int added, int changed, int removed) {
        return new DatasetTablesSynced(URI, added, changed, removed, "alice", null);
    }

    /** The sync's summary, whenever it happened. */
    static Predicate<Object> isSynced(int added, int changed, int removed) {
        return event -> event instanceof DatasetTablesSynced synced
                && synced.equals(new DatasetTablesSynced(URI, added, changed, removed, "alice", synced.synced()));
    }

    static boolean isColumn(TableColumn column, String name, String type, String kind, int position,
                            String description) {
        return column.columnUri().matches("[a-z0-9]{8}") && column.name().equals(name)
                && column.typeName().equals(type) && column.columnType().equals(kind) && column.position() == position
                && column.description().equals(description);
    }

    @Test
    void syncAddsTheCatalogsNewTablesWithTheirColumnsAndAnswersHowManyTablesTheDatasetHas() {
        fixture.given(created())
                .when(sync(catalogOrders()))
                .expectResultMessagePayload(1)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableAdded added
                                && added.tableUri().matches("[a-z0-9]{8}") && added.name().equals(TABLE)
                                && added.label().equals(TABLE) && added.glueDatabaseName().equals(GLUE_DATABASE)
                                && added.s3Prefix().equals(TABLE_LOCATION)
                                && added.properties().equals(TABLE_PROPERTIES) && added.owner().equals("alice")
                                && added.columns().size() == 3
                                && isColumn(added.columns().get(0), "id", "bigint", "column", 0, DEFAULT_DESCRIPTION)
                                && isColumn(added.columns().get(1), "amount", "double", "column", 1,
                                        DEFAULT_DESCRIPTION)
                                && isColumn(added.columns().get(2), "dt", "string", "partition_0", 2,
                                        DEFAULT_DESCRIPTION)
                                && added.columns().stream().map(TableColumn::columnUri).distinct().count() == 3),
                        predicate(isSynced(1, 0, 0)),
                        andNoMore())));
    }

    @Test
    void aNewColumnTakesTheCatalogsCommentAsItsDescription() {
        fixture.given(created())
                .when(sync(CUSTOMERS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableAdded added
                                && isColumn(added.columns().get(0), "name", "string", "column", 0,
                                        "the customer's name")),
                        predicate(isSynced(1, 0, 0)),
                        andNoMore())));
    }

    @Test
    void aTableTheCatalogDescribesAsBeforeIsLeftAlone() {
        fixture.given(created(), ordersAdded())
                .when(sync(catalogOrders()))
                .expectResultMessagePayload(1)
                .expectEvents(synced(0, 0, 0));
    }

    @Test
    void syncRecordsATableWhoseLocationChanged() {
        CatalogTable moved = new CatalogTable(TABLE, "s3://bucket/sales/orders/", TABLE_PROPERTIES,
                catalogOrders().columns());
        fixture.given(created(), ordersAdded())
                .when(sync(moved))
                .expectEvents(new DatasetTableCatalogChanged(URI, TABLE_URI, "s3://bucket/sales/orders/",
                        TABLE_PROPERTIES, orderColumns(), null), synced(0, 1, 0));
    }

    @Test
    void syncRecordsATableWhosePropertiesChanged() {
        Map<String, String> parquet = Map.of("classification", "parquet");
        CatalogTable converted = new CatalogTable(TABLE, TABLE_LOCATION, parquet, catalogOrders().columns());
        fixture.given(created(), ordersAdded())
                .when(sync(converted))
                .expectEvents(new DatasetTableCatalogChanged(URI, TABLE_URI, TABLE_LOCATION, parquet, orderColumns(),
                        null), synced(0, 1, 0));
    }

    @Test
    void changedColumnsKeepTheUrisOfTheSameNamedOnesAndNewOnesGetTheirOwn() {
        fixture.given(created(), ordersAdded())
                .when(sync(orders(TABLE_LOCATION, TABLE_PROPERTIES,
                        new CatalogColumn("id", "bigint", null, "column"),
                        new CatalogColumn("amount", "decimal(10,2)", null, "column"),
                        new CatalogColumn("shop", "string", null, "column"))))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableCatalogChanged changed
                                && changed.tableUri().equals(TABLE_URI) && changed.columns().size() == 3
                                && changed.columns().get(0).equals(orderColumns().get(0))
                                && changed.columns().get(1).equals(new TableColumn(COL_AMOUNT, "amount",
                                        "decimal(10,2)", "column", 1, DEFAULT_DESCRIPTION))
                                && isColumn(changed.columns().get(2), "shop", "string", "column", 2,
                                        DEFAULT_DESCRIPTION)
                                && !List.of(COL_ID, COL_AMOUNT).contains(changed.columns().get(2).columnUri())),
                        predicate(isSynced(0, 1, 0)),
                        andNoMore())));
    }

    @Test
    void columnDescriptionsSurviveAResync() {
        fixture.given(created(), ordersAdded(),
                        new DatasetTableColumnUpdated(URI, TABLE_URI, COL_ID, "id", "the order's number", null))
                .when(sync(orders(TABLE_LOCATION, TABLE_PROPERTIES,
                        new CatalogColumn("id", "bigint", "an old Glue comment", "column"),
                        new CatalogColumn("amount", "double", null, "column"))))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableCatalogChanged changed
                                && changed.columns().equals(List.of(
                                        new TableColumn(COL_ID, "id", "bigint", "column", 0, "the order's number"),
                                        orderColumns().get(1)))),
                        predicate(isSynced(0, 1, 0)),
                        andNoMore())));
    }

    @Test
    void syncRemovesTablesTheCatalogNoLongerHas() {
        fixture.given(created(), ordersAdded())
                .when(sync())
                .expectResultMessagePayload(0)
                .expectEvents(new DatasetTableRemoved(URI, TABLE_URI, TABLE, "InCatalog: deleted", null),
                        synced(0, 0, 1));
    }

    @Test
    void aTableRemovedFromTheCatalogTakesItsDataFiltersWithIt() {
        fixture.given(created(), ordersAdded(), rowFilterCreated("filter01", "big_orders"))
                .when(sync())
                .expectEvents(new TableDataFilterDeleted(URI, TABLE_URI, "filter01", "big_orders"),
                        new DatasetTableRemoved(URI, TABLE_URI, TABLE, "InCatalog: deleted", null),
                        synced(0, 0, 1));
    }

    @Test
    void aTableBackInTheCatalogAfterItsRemovalIsAddedAnew() {
        fixture.given(created(), ordersAdded(),
                        new DatasetTableRemoved(URI, TABLE_URI, TABLE, "InCatalog: deleted", null))
                .when(sync(catalogOrders()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableAdded added
                                && !added.tableUri().equals(TABLE_URI) && added.name().equals(TABLE)),
                        predicate(isSynced(1, 0, 0)),
                        andNoMore())));
    }

    @Test
    void theAnswerCountsEveryTableTheDatasetHasAfterTheSync() {
        fixture.given(created(), ordersAdded())
                .when(sync(catalogOrders(), CUSTOMERS))
                .expectResultMessagePayload(2);
    }

    @Test
    void syncNeedsTheCatalogsTables() {
        fixture.given(created(), ordersAdded())
                .when(new SyncDatasetTables(URI, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("tables is required"))
                .expectNoEvents();
    }

    @Test
    void syncingATablesColumnsReplacesThemKeepingDescriptions() {
        CatalogTable widened = orders(TABLE_LOCATION, TABLE_PROPERTIES,
                new CatalogColumn("id", "bigint", null, "column"),
                new CatalogColumn("amount", "double", null, "column"),
                new CatalogColumn("dt", "string", null, "partition_0"),
                new CatalogColumn("hour", "int", null, "partition_1"));
        fixture.given(created(), ordersAdded(),
                        new DatasetTableColumnUpdated(URI, TABLE_URI, COL_ID, "id", "the order's number", null))
                .when(new SyncDatasetTableColumns(URI, TABLE_URI, widened, ALICE))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetTableCatalogChanged changed
                                && changed.columns().size() == 4
                                && changed.columns().get(0).description().equals("the order's number")
                                && changed.columns().subList(1, 3).equals(orderColumns().subList(1, 3))
                                && isColumn(changed.columns().get(3), "hour", "int", "partition_1", 3,
                                        DEFAULT_DESCRIPTION)),
                        andNoMore())));
    }

    @Test
    void syncingTheColumnsOfAnUnchangedTableRecordsNothing() {
        fixture.given(created(), ordersAdded())
                .when(new SyncDatasetTableColumns(URI, TABLE_URI, catalogOrders(), ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void syncingTheColumnsOfAnUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new SyncDatasetTableColumns(URI, "nosuchtb", catalogOrders(), ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTable nosuchtb not found"))
                .expectNoEvents();
    }

    @Test
    void syncingColumnsNeedsTheCatalogsTable() {
        fixture.given(created(), ordersAdded())
                .when(new SyncDatasetTableColumns(URI, TABLE_URI, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("table is required"))
                .expectNoEvents();
    }

    @Test
    void syncingColumnsTakesTheCatalogsDescriptionOfThatSameTable() {
        fixture.given(created(), ordersAdded())
                .when(new SyncDatasetTableColumns(URI, TABLE_URI, CUSTOMERS, ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("table must describe the table orders; got customers"))
                .expectNoEvents();
    }
}
