package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.PROFILE_DATASET_TABLE;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCommands.StartDatasetProfilingRun;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.FindLatestProfilingRun;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTables;
import io.grantline.api.dataset.DatasetQueries.ListProfilingRuns;
import io.grantline.api.dataset.DatasetQueries.ProfilingRunView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** data.all's table profiling: start a run of the profiling job, list a table's runs, read the newest results. */
@DgsComponent
public class ProfilingRunDataFetcher {

    /** data.all lists a table's runs twenty a page, newest first. */
    private static final int RUNS_PAGE_SIZE = 20;

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final Queries queries;
    private final DatasetReads reads;

    public ProfilingRunDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                   Commands commands, Queries queries, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
    }

    @DgsMutation
    public ProfilingRunNode startDatasetProfilingRun(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "startDatasetProfilingRun";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String datasetUri = requiredUri(action, "datasetUri", Inputs.string(input, "datasetUri"));
        authorizer.requireResource(actor, datasetUri, PROFILE_DATASET_TABLE);
        reads.dataset(datasetUri);
        DatasetTableView table = table(action, datasetUri, input);
        String profilingRunUri = ResourceUris.next();
        commands.send(new StartDatasetProfilingRun(datasetUri, profilingRunUri, table.tableUri(), actor), datasetUri,
                actor);
        return ProfilingRunNode.of(reads.profilingRun(profilingRunUri));
    }

    @DgsQuery
    public SearchResult<ProfilingRunNode> listDatasetTableProfilingRuns(@InputArgument String tableUri) {
        DatasetTableView table = readableTable("listDatasetTableProfilingRuns", tableUri);
        Page<ProfilingRunView> runs = reads.page(new ListProfilingRuns(table.tableUri(), 1, RUNS_PAGE_SIZE));
        return SearchResult.of(runs, ProfilingRunNode::of);
    }

    /** The newest run; when it has no results yet, the newest run that has, as data.all answers. */
    @DgsQuery
    public ProfilingRunNode getDatasetTableProfilingRun(@InputArgument String tableUri) {
        DatasetTableView table = readableTable("getDatasetTableProfilingRun", tableUri);
        ProfilingRunView latest = queries.ask(new FindLatestProfilingRun(table.tableUri()), ProfilingRunView.class);
        if (latest == null) {
            return null;
        }
        if (latest.results() == null) {
            Page<ProfilingRunView> runs = reads.page(new ListProfilingRuns(table.tableUri(), 1,
                    Paging.MAX_PAGE_SIZE));
            latest = runs.nodes().stream().filter(run -> run.results() != null).findFirst().orElse(latest);
        }
        return ProfilingRunNode.of(latest);
    }

    /** data.all's profiling of confidential datasets is for the owner team and stewards only. */
    private DatasetTableView readableTable(String action, String tableUri) {
        Actor actor = currentActor.get();
        DatasetTableView table = reads.table(requiredUri(action, "tableUri", tableUri));
        guards.requireConfidentialAccess(actor, reads.dataset(table.datasetUri()), table.tableUri());
        return table;
    }

    /** The table to profile, named by tableUri or, failing that, by its Glue table name; it must be the dataset's. */
    private DatasetTableView table(String action, String datasetUri, Map<String, Object> input) {
        String tableUri = Inputs.string(input, "tableUri");
        if (tableUri != null && !tableUri.isBlank()) {
            DatasetTableView table = reads.table(tableUri.trim());
            if (!table.datasetUri().equals(datasetUri)) {
                throw new InvalidInput(action, "tableUri", "names table " + tableUri + " of dataset "
                        + table.datasetUri() + ", not of dataset " + datasetUri);
            }
            return table;
        }
        String glueTableName = Inputs.string(input, "GlueTableName");
        if (glueTableName == null || glueTableName.isBlank()) {
            throw new RequiredParameter(action, "tableUri");
        }
        Page<DatasetTableView> tables = reads.page(new ListDatasetTables(datasetUri, null, 1,
                Paging.MAX_PAGE_SIZE));
        return tables.nodes().stream().filter(table -> table.name().equals(glueTableName)).findFirst()
                .orElseThrow(() -> new InvalidInput(action, "GlueTableName", "names no table of dataset "
                        + datasetUri + ": " + glueTableName));
    }
}
