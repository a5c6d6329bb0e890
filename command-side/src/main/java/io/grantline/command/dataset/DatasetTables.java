package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.blank;
import static io.grantline.command.dataset.DatasetInputs.cleaned;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCommands.CreateTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetTable;
import io.grantline.api.dataset.DatasetCommands.DeleteTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTableColumns;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTable;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTableColumn;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnWrittenBack;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTablesSynced;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterCreated;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterDeleted;
import io.grantline.api.dataset.TableColumn;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.command.organization.Slugs;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The dataset's tables as the Glue catalog describes them, with their columns and data filters, and what users
 * added to them (labels, descriptions, tags, terms). Tables are matched to the catalog's by name.
 */
class DatasetTables {

    static final String REMOVED_FROM_CATALOG = "InCatalog: deleted";
    static final String DELETED_BY_USER = "deleted";

    private final DatasetFacts facts;
    private final Map<String, RecordedTable> tables = new LinkedHashMap<>();

    DatasetTables(DatasetFacts facts) {
        this.facts = facts;
    }

    /** Records what the catalog added, changed and removed; answers the number of tables the dataset then has. */
    @CommandHandler
    public Integer handle(SyncDatasetTables command) {
        facts.requireLive();
        if (command.tables() == null) {
            throw new RequiredParameter("syncTables", "tables");
        }
        Map<String, CatalogTable> catalog = new LinkedHashMap<>();
        command.tables().stream().filter(table -> !blank(table.name()))
                .forEach(table -> catalog.putIfAbsent(table.name(), table));
        List<RecordedTable> recorded = List.copyOf(tables.values());
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (CatalogTable table : catalog.values()) {
            Optional<RecordedTable> known = recorded.stream().filter(t -> t.name().equals(table.name())).findFirst();
            if (known.isEmpty()) {
                apply(addition(table));
                added++;
            } else if (applyCatalogChange(known.get(), table)) {
                changed++;
            }
        }
        for (RecordedTable table : recorded) {
            if (!catalog.containsKey(table.name())) {
                remove(table, REMOVED_FROM_CATALOG);
                removed++;
            }
        }
        apply(new DatasetTablesSynced(facts.datasetUri(), added, changed, removed, command.actor().username(),
                Instant.now()));
        return tables.size();
    }

    @CommandHandler
    public void handle(SyncDatasetTableColumns command) {
        facts.requireLive();
        String action = "syncDatasetTableColumns";
        RecordedTable table = tableOf(action, command.tableUri());
        if (command.table() == null) {
            throw new RequiredParameter(action, "table");
        }
        if (!table.name().equals(command.table().name())) {
            throw new InvalidInput(action, "table", "must describe the table " + table.name() + "; got "
                    + command.table().name());
        }
        applyCatalogChange(table, command.table());
    }

    /** Null fields stay as they are. */
    @CommandHandler
    public void handle(UpdateDatasetTable command) {
        facts.requireLive();
        String action = "updateDatasetTable";
        RecordedTable table = tableOf(action, command.tableUri());
        apply(new DatasetTableUpdated(facts.datasetUri(), table.tableUri(),
                command.label() == null ? table.label() : present(action, "label", command.label()),
                command.description() == null ? table.description() : command.description(),
                command.tags() == null ? table.tags() : cleaned(command.tags()),
                command.topics() == null ? table.topics() : cleaned(command.topics()),
                command.terms() == null ? table.terms() : cleaned(command.terms()), Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateDatasetTableColumn command) {
        facts.requireLive();
        String action = "updateDatasetTableColumn";
        RecordedTable table = tableOf(action, command.tableUri());
        TableColumn column = columnOf(action, table, command.columnUri());
        if (command.description() == null) {
            throw new RequiredParameter(action, "description");
        }
        apply(new DatasetTableColumnUpdated(facts.datasetUri(), table.tableUri(), column.columnUri(), column.name(),
                command.description(), Instant.now()));
    }

    /** The saga's report; one about a deleted dataset changes nothing. */
    @CommandHandler
    public void handle(RecordColumnWriteBack command) {
        if (facts.isDeleted()) {
            return;
        }
        String action = "recordColumnWriteBack";
        RecordedTable table = tableOf(action, command.tableUri());
        TableColumn column = columnOf(action, table, command.columnUri());
        apply(new DatasetTableColumnWrittenBack(facts.datasetUri(), table.tableUri(), column.columnUri(),
                command.succeeded(), command.error(), Instant.now()));
    }

    @CommandHandler
    public void handle(DeleteDatasetTable command) {
        facts.requireLive();
        remove(tableOf("deleteDatasetTable", command.tableUri()), DELETED_BY_USER);
    }

    @CommandHandler
    public void handle(CreateTableDataFilter command) {
        facts.requireLive();
        String action = "createTableDataFilter";
        String filterUri = present(action, "filterUri", command.filterUri());
        String name = DataFilterInputs.nameOf(action, command);
        String type = DataFilterInputs.typeOf(action, command);
        RecordedTable table = tableOf(action, command.tableUri());
        List<String> included = DataFilterInputs.includedColumnsOf(type, command);
        for (String column : included) {
            if (!table.hasColumnNamed(column)) {
                throw DatasetInputs.invalid(action, "includedCols", column, "a column of the table " + table.name());
            }
        }
        if (table.filters().containsValue(name)) {
            throw new ResourceAlreadyExists(action, "Data filter " + name + " already exists on table "
                    + table.name());
        }
        if (tables.values().stream().anyMatch(t -> t.filters().containsKey(filterUri))) {
            throw new ResourceAlreadyExists(action, "Data filter " + filterUri + " already exists");
        }
        apply(new TableDataFilterCreated(facts.datasetUri(), table.tableUri(), filterUri, name, Slugs.of(name), type,
                included, DataFilterInputs.rowExpressionOf(type, command), command.description(),
                command.actor().username(), Instant.now()));
    }

    @CommandHandler
    public void handle(DeleteTableDataFilter command) {
        facts.requireLive();
        String action = "deleteTableDataFilter";
        RecordedTable table = tableOf(action, command.tableUri());
        String filterUri = present(action, "filterUri", command.filterUri());
        String name = table.filters().get(filterUri);
        if (name == null) {
            throw new ObjectNotFound("DatasetTableDataFilter", filterUri);
        }
        apply(new TableDataFilterDeleted(facts.datasetUri(), table.tableUri(), filterUri, name));
    }

    @EventSourcingHandler
    void on(DatasetTableAdded event) {
        tables.put(event.tableUri(), RecordedTable.added(event.tableUri(), event.name(), event.s3Prefix(),
                event.properties(), event.columns()));
    }

    @EventSourcingHandler
    void on(DatasetTableCatalogChanged event) {
        tables.computeIfPresent(event.tableUri(),
                (uri, table) -> table.withCatalog(event.s3Prefix(), event.properties(), event.columns()));
    }

    @EventSourcingHandler
    void on(DatasetTableRemoved event) {
        tables.remove(event.tableUri());
    }

    @EventSourcingHandler
    void on(DatasetTableUpdated event) {
        tables.computeIfPresent(event.tableUri(), (uri, table) -> table.withDetails(event.label(),
                event.description(), event.tags(), event.topics(), event.terms()));
    }

    @EventSourcingHandler
    void on(DatasetTableColumnUpdated event) {
        tables.computeIfPresent(event.tableUri(),
                (uri, table) -> table.withColumnDescription(event.columnUri(), event.description()));
    }

    @EventSourcingHandler
    void on(TableDataFilterCreated event) {
        tables.computeIfPresent(event.tableUri(), (uri, table) -> table.withFilter(event.filterUri(), event.label()));
    }

    @EventSourcingHandler
    void on(TableDataFilterDeleted event) {
        tables.computeIfPresent(event.tableUri(), (uri, table) -> table.withoutFilter(event.filterUri()));
    }

    private DatasetTableAdded addition(CatalogTable table) {
        return new DatasetTableAdded(facts.datasetUri(), ResourceUris.next(), table.name(), table.name(),
                facts.resources().glueDatabaseName(), table.location(), table.properties(),
                CatalogColumns.merge(table.columns(), List.of()), facts.owner(), Instant.now());
    }

    /** Applies the catalog's description of a recorded table when it differs; answers whether it did. */
    private boolean applyCatalogChange(RecordedTable recorded, CatalogTable table) {
        List<TableColumn> columns = CatalogColumns.merge(table.columns(), recorded.columns());
        boolean same = Objects.equals(recorded.s3Prefix(), table.location())
                && recorded.properties().equals(table.properties())
                && CatalogColumns.sameShape(recorded.columns(), columns);
        if (!same) {
            apply(new DatasetTableCatalogChanged(facts.datasetUri(), recorded.tableUri(), table.location(),
                    table.properties(), columns, Instant.now()));
        }
        return !same;
    }

    /** A table goes with its data filters. */
    private void remove(RecordedTable table, String reason) {
        table.filters().forEach((filterUri, name) ->
                apply(new TableDataFilterDeleted(facts.datasetUri(), table.tableUri(), filterUri, name)));
        apply(new DatasetTableRemoved(facts.datasetUri(), table.tableUri(), table.name(), reason, Instant.now()));
    }

    private RecordedTable tableOf(String action, String uri) {
        String tableUri = present(action, "tableUri", uri);
        RecordedTable table = tables.get(tableUri);
        if (table == null) {
            throw new ObjectNotFound("DatasetTable", tableUri);
        }
        return table;
    }

    private static TableColumn columnOf(String action, RecordedTable table, String uri) {
        String columnUri = present(action, "columnUri", uri);
        return table.column(columnUri).orElseThrow(() -> new ObjectNotFound("Column", columnUri));
    }
}
