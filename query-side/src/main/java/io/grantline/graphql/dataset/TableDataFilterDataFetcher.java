package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.CREATE_TABLE_DATA_FILTER;
import static io.grantline.api.permission.DatasetPermissions.DELETE_TABLE_DATA_FILTER;
import static io.grantline.api.permission.DatasetPermissions.LIST_TABLE_DATA_FILTERS;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCommands.CreateTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.DeleteTableDataFilter;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.ListTableDataFilters;
import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** data.all's table data filters (Lake Formation row and column filters): create, list, delete. */
@DgsComponent
public class TableDataFilterDataFetcher {

    /** data.all's page size for a table's filters when no filter is given. */
    private static final int PAGE_SIZE_WITHOUT_FILTER = 5;

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final DatasetReads reads;

    public TableDataFilterDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                      Commands commands, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
    }

    @DgsMutation
    public TableDataFilterNode createTableDataFilter(@InputArgument String tableUri,
                                                     @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "createTableDataFilter";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetTableView table = reads.table(requiredUri(action, "tableUri", tableUri));
        authorizer.requireResource(actor, table.tableUri(), CREATE_TABLE_DATA_FILTER);
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String filterUri = ResourceUris.next();
        commands.send(new CreateTableDataFilter(table.datasetUri(), table.tableUri(), filterUri,
                string(input, "filterName"), string(input, "filterType"), strings(input, "includedCols"),
                string(input, "rowExpression"), string(input, "description"), actor), table.datasetUri(), actor);
        return TableDataFilterNode.of(reads.dataFilter(filterUri));
    }

    @DgsQuery
    public SearchResult<TableDataFilterNode> listTableDataFilters(@InputArgument String tableUri,
                                                                  @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        DatasetTableView table = reads.table(requiredUri("listTableDataFilters", "tableUri", tableUri));
        authorizer.requireResource(actor, table.tableUri(), LIST_TABLE_DATA_FILTERS);
        Paging paging = DatasetInputs.paging(filter, PAGE_SIZE_WITHOUT_FILTER);
        Page<TableDataFilterView> page = reads.page(new ListTableDataFilters(table.tableUri(), paging.term(),
                paging.page(), paging.pageSize()));
        return SearchResult.of(page, TableDataFilterNode::of);
    }

    /** data.all checks DELETE_TABLE_DATA_FILTER on the filter's table. */
    @DgsMutation
    public Boolean deleteTableDataFilter(@InputArgument String filterUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        TableDataFilterView dataFilter = reads.dataFilter(requiredUri("deleteTableDataFilter", "filterUri",
                filterUri));
        guards.requireOnPartOrParent(actor, DELETE_TABLE_DATA_FILTER, dataFilter.filterUri(),
                dataFilter.tableUri());
        commands.send(new DeleteTableDataFilter(dataFilter.datasetUri(), dataFilter.tableUri(),
                dataFilter.filterUri(), actor), dataFilter.datasetUri(), actor);
        return true;
    }
}
