package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.DELETE_DATASET_TABLE;
import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET_TABLE;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCloudQueries.PreviewDatasetTable;
import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetTable;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTable;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;

/** data.all's table operations: read, update, delete, and the first rows of a table. */
@DgsComponent
public class DatasetTableDataFetcher {

    /** Rows data.all's previewTable shows. */
    static final int PREVIEW_ROWS = 50;
    /** Rows data.all's readTableSampleData reads (for metadata generation). */
    static final int SAMPLE_ROWS = 10;

    private static final ObjectWriter FIELD_WRITER = new ObjectMapper().writer();

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final Queries queries;
    private final DatasetReads reads;

    public DatasetTableDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                   Commands commands, Queries queries, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
    }

    /** data.all shows any table's public facts to anyone; restricted ones need GET_DATASET_TABLE. */
    @DgsQuery
    public DatasetTableNode getDatasetTable(@InputArgument String tableUri) {
        currentActor.get();
        return DatasetTableNode.of(reads.table(requiredUri("getDatasetTable", "tableUri", tableUri)));
    }

    @DgsMutation
    public DatasetTableNode updateDatasetTable(@InputArgument String tableUri,
                                               @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateDatasetTable";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetTableView table = reads.table(requiredUri(action, "tableUri", tableUri));
        guards.requireOnPartOrParent(actor, UPDATE_DATASET_TABLE, table.tableUri(), table.datasetUri());
        List<String> terms = DatasetInputs.terms(action, input, reads);
        commands.send(new UpdateDatasetTable(table.datasetUri(), table.tableUri(), string(input, "label"),
                string(input, "description"), strings(input, "tags"), strings(input, "topics"), terms, actor),
                table.datasetUri(), actor);
        return DatasetTableNode.of(reads.table(table.tableUri()));
    }

    @DgsMutation
    public Boolean deleteDatasetTable(@InputArgument String tableUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetTableView table = reads.table(requiredUri("deleteDatasetTable", "tableUri", tableUri));
        guards.requireOnPartOrParent(actor, DELETE_DATASET_TABLE, table.tableUri(), table.datasetUri());
        commands.send(new DeleteDatasetTable(table.datasetUri(), table.tableUri(), actor), table.datasetUri(),
                actor);
        return true;
    }

    /** Anyone may preview a table of an Unclassified dataset, as in data.all; others need the owner's consent. */
    @DgsQuery
    public TablePreview previewTable(@InputArgument String tableUri) {
        Actor actor = currentActor.get();
        DatasetTableView table = reads.table(requiredUri("previewTable", "tableUri", tableUri));
        DatasetView dataset = reads.dataset(table.datasetUri());
        guards.requireConfidentialAccess(actor, dataset, table.tableUri());
        return preview(dataset, table, PREVIEW_ROWS);
    }

    @DgsQuery
    public TablePreview readTableSampleData(@InputArgument String tableUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetTableView table = reads.table(requiredUri("readTableSampleData", "tableUri", tableUri));
        guards.requireOnPartOrParent(actor, UPDATE_DATASET_TABLE, table.tableUri(), table.datasetUri());
        return preview(reads.dataset(table.datasetUri()), table, SAMPLE_ROWS);
    }

    /**
     * Runs in the environment's default Athena workgroup, as data.all does. data.all's clients parse each field as
     * JSON {"name": ...}; the ports answer plain column names.
     */
    private TablePreview preview(DatasetView dataset, DatasetTableView table, int rows) {
        EnvironmentView environment = queries.ask(new FindEnvironment(dataset.environmentUri()),
                EnvironmentView.class);
        String workGroup = environment == null ? null : environment.defaultAthenaWorkGroup();
        TablePreview preview = queries.ask(new PreviewDatasetTable(dataset.awsAccountId(), dataset.region(),
                table.glueDatabaseName(), table.name(), table.s3Prefix(), rows, workGroup), TablePreview.class);
        return new TablePreview(preview.fields().stream().map(DatasetTableDataFetcher::fieldJson).toList(),
                preview.rows());
    }

    private static String fieldJson(String name) {
        try {
            return FIELD_WRITER.writeValueAsString(Map.of("name", name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A column name could not be written as JSON: " + name, e);
        }
    }
}
