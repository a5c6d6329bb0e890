package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.TABLE_URI;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.ordersAdded;
import static io.grantline.command.dataset.DatasetSamples.rowFilterCreated;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.CreateTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.DeleteTableDataFilter;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterCreated;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterDeleted;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableDataFilterTest {

    static final DatasetTableAdded CUSTOMERS = new DatasetTableAdded(URI, "tblcust1", "customers", "customers",
            DatasetSamples.GLUE_DATABASE, "s3://bucket/customers/", Map.of(), List.of(), "alice", null);

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static CreateTableDataFilter rowFilter(String name, String expression) {
        return new CreateTableDataFilter(URI, TABLE_URI, "filter01", name, "ROW", null, expression, null, ALICE);
    }

    static CreateTableDataFilter columnFilter(String name, List<String> columns) {
        return new CreateTableDataFilter(URI, TABLE_URI, "filter01", name, "COLUMN", columns, null, "no dates",
                ALICE);
    }

    @Test
    void aRowFilterKeepsTheRowsItsExpressionSelects() {
        fixture.given(created(), ordersAdded())
                .when(rowFilter("big_orders", " amount > 10 "))
                .expectEvents(rowFilterCreated("filter01", "big_orders"));
    }

    @Test
    void aColumnFilterKeepsTheColumnsItNames() {
        fixture.given(created(), ordersAdded())
                .when(columnFilter("no_dates", List.of("id", "amount")))
                .expectEvents(new TableDataFilterCreated(URI, TABLE_URI, "filter01", "no_dates", "no-dates", "COLUMN",
                        List.of("id", "amount"), null, "no dates", "alice", null));
    }

    @Test
    void aFilterIsOfTypeRowOrColumn() {
        fixture.given(created(), ordersAdded())
                .when(new CreateTableDataFilter(URI, TABLE_URI, "filter01", "cells", "CELL", null, null, null, ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("filterType value CELL must be ROW or COLUMN value"))
                .expectNoEvents();
    }

    @Test
    void aRowFilterNeedsARowExpression() {
        fixture.given(created(), ordersAdded())
                .when(rowFilter("big_orders", " "))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("rowExpression value   must be provided for ROW filter"))
                .expectNoEvents();
    }

    @Test
    void aColumnFilterNeedsTheColumnsItKeeps() {
        fixture.given(created(), ordersAdded())
                .when(columnFilter("no_dates", List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("includedCols value [] must be provided for COLUMN filter"))
                .expectNoEvents();
    }

    @Test
    void aColumnFilterKeepsOnlyColumnsOfItsTable() {
        fixture.given(created(), ordersAdded())
                .when(columnFilter("no_dates", List.of("id", "shop")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("includedCols value shop must be a column of the table orders"))
                .expectNoEvents();
    }

    @Test
    void aFilterNameIsRequired() {
        fixture.given(created(), ordersAdded())
                .when(rowFilter(null, "amount > 10"))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("filterName is required"))
                .expectNoEvents();
    }

    @Test
    void aFilterNameIsLowerCaseLettersDigitsAndUnderscores() {
        fixture.given(created(), ordersAdded())
                .when(rowFilter("Big-Orders", "amount > 10"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString(
                        "filterName value Big-Orders must be made of lower-case letters, digits and underscores"))
                .expectNoEvents();
    }

    @Test
    void aFilterNameIsAtMostThirtyOneCharacters() {
        fixture.given(created(), ordersAdded())
                .when(rowFilter("f".repeat(32), "amount > 10"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("must be at most 31 characters long"))
                .expectNoEvents();
    }

    @Test
    void aFilterNameIsUsedOncePerTable() {
        fixture.given(created(), ordersAdded(), rowFilterCreated("filter01", "big_orders"))
                .when(new CreateTableDataFilter(URI, TABLE_URI, "filter02", "big_orders", "ROW", null, "amount > 99",
                        null, ALICE))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Data filter big_orders already exists on table orders"))
                .expectNoEvents();
    }

    @Test
    void anotherTableMayHaveAFilterOfTheSameName() {
        fixture.given(created(), ordersAdded(), CUSTOMERS, rowFilterCreated("filter01", "big_orders"))
                .when(new CreateTableDataFilter(URI, "tblcust1", "filter02", "big_orders", "ROW", null, "vip",
                        null, ALICE))
                .expectEvents(new TableDataFilterCreated(URI, "tblcust1", "filter02", "big_orders", "big-orders",
                        "ROW", List.of(), "vip", null, "alice", null));
    }

    @Test
    void aFilterOnAnUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new CreateTableDataFilter(URI, "nosuchtb", "filter01", "big", "ROW", null, "a > 1", null,
                        ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTable nosuchtb not found"))
                .expectNoEvents();
    }

    @Test
    void deletingAFilterRecordsItsName() {
        fixture.given(created(), ordersAdded(), rowFilterCreated("filter01", "big_orders"))
                .when(new DeleteTableDataFilter(URI, TABLE_URI, "filter01", ALICE))
                .expectEvents(new TableDataFilterDeleted(URI, TABLE_URI, "filter01", "big_orders"));
    }

    @Test
    void aDeletedFiltersNameCanBeUsedAgain() {
        fixture.given(created(), ordersAdded(), rowFilterCreated("filter01", "big_orders"),
                        new TableDataFilterDeleted(URI, TABLE_URI, "filter01", "big_orders"))
                .when(new CreateTableDataFilter(URI, TABLE_URI, "filter02", "big_orders", "ROW", null, "amount > 10",
                        null, ALICE))
                .expectEvents(rowFilterCreated("filter02", "big_orders"));
    }

    @Test
    void deletingAnUnknownFilterIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new DeleteTableDataFilter(URI, TABLE_URI, "nosuchfl", ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTableDataFilter nosuchfl not found"))
                .expectNoEvents();
    }
}
