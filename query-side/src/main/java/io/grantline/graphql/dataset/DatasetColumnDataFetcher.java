package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET_TABLE;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTableColumn;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** data.all's table column operations: list them, describe one (written back to Glue by a saga). */
@DgsComponent
public class DatasetColumnDataFetcher {

    /** data.all's description when the input gives none. */
    static final String NO_DESCRIPTION = "No description provided";

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final DatasetReads reads;

    public DatasetColumnDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                    Commands commands, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
    }

    @DgsQuery
    public SearchResult<DatasetTableColumnNode> listDatasetTableColumns(@InputArgument String tableUri,
                                                                        @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        DatasetTableView table = reads.table(requiredUri("listDatasetTableColumns", "tableUri", tableUri));
        guards.requireConfidentialAccess(actor, reads.dataset(table.datasetUri()), table.tableUri());
        Paging paging = Paging.of(filter);
        Page<DatasetTableColumnView> page = reads.page(new ListDatasetTableColumns(table.tableUri(), paging.term(),
                paging.page(), paging.pageSize()));
        return SearchResult.of(page, DatasetTableColumnNode::of);
    }

    @DgsMutation
    public DatasetTableColumnNode updateDatasetTableColumn(@InputArgument String columnUri,
                                                           @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetTableColumnView column = reads.column(requiredUri("updateDatasetTableColumn", "columnUri",
                columnUri));
        guards.requireOnPartOrParent(actor, UPDATE_DATASET_TABLE, column.tableUri(), column.datasetUri());
        String description = Inputs.string(input, "description");
        commands.send(new UpdateDatasetTableColumn(column.datasetUri(), column.tableUri(), column.columnUri(),
                description == null ? NO_DESCRIPTION : description, actor), column.datasetUri(), actor);
        return DatasetTableColumnNode.of(reads.column(column.columnUri()));
    }
}
