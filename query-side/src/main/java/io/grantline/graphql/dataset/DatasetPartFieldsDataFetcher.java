package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;
import static io.grantline.api.permission.DatasetPermissions.GET_DATASET_FOLDER;
import static io.grantline.api.permission.DatasetPermissions.GET_DATASET_TABLE;
import static io.grantline.api.permission.DatasetPermissions.PREVIEW_DATASET_TABLE;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.dataset.RestrictedNodes.DatasetRestrictedNode;
import io.grantline.graphql.dataset.RestrictedNodes.TableRestrictedNode;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The nested fields of tables, columns, folders and profiling runs, with data.all's checks. */
@DgsComponent
public class DatasetPartFieldsDataFetcher {

    private final CurrentActor currentActor;
    private final DatasetReads reads;

    public DatasetPartFieldsDataFetcher(CurrentActor currentActor, DatasetReads reads) {
        this.currentActor = currentActor;
        this.reads = reads;
    }

    @DgsData(parentType = "DatasetTable", field = "dataset")
    public CompletableFuture<DatasetNode> tableDataset(DgsDataFetchingEnvironment dfe) {
        DatasetTableNode table = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, table.datasetUri()).thenApply(view -> view == null ? null : DatasetNode.of(view, actor));
    }

    @DgsData(parentType = "DatasetTable", field = "userRoleForTable")
    public CompletableFuture<String> userRoleForTable(DgsDataFetchingEnvironment dfe) {
        DatasetTableNode table = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, table.datasetUri()).thenApply(view -> DatasetRoles.roleOf(view, actor));
    }

    @DgsData(parentType = "DatasetTable", field = "restricted")
    public CompletableFuture<TableRestrictedNode> tableRestricted(DgsDataFetchingEnvironment dfe) {
        DatasetTableNode table = dfe.getSource();
        return Grants.require(dfe, currentActor.get(), table.tableUri(), GET_DATASET_TABLE)
                .thenApply(granted -> table.restrictedInformation());
    }

    @DgsData(parentType = "DatasetTable", field = "GlueTableProperties")
    public CompletableFuture<String> glueTableProperties(DgsDataFetchingEnvironment dfe) {
        DatasetTableNode table = dfe.getSource();
        return Grants.require(dfe, currentActor.get(), table.tableUri(), GET_DATASET_TABLE)
                .thenApply(granted -> table.glueTableProperties());
    }

    /** The first page of the table's columns, under the rule for confidential datasets of listDatasetTableColumns. */
    @DgsData(parentType = "DatasetTable", field = "columns")
    public CompletableFuture<SearchResult<DatasetTableColumnNode>> columns(DgsDataFetchingEnvironment dfe) {
        DatasetTableNode table = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, table.datasetUri())
                .thenCombine(Grants.holds(dfe, actor, table.tableUri(), PREVIEW_DATASET_TABLE), (view, granted) -> {
                    if (view != null && !granted && !DatasetGuards.mayReadWithoutGrant(view, actor)) {
                        throw new UnauthorizedOperation(actor.username(), PREVIEW_DATASET_TABLE, table.tableUri());
                    }
                    Page<DatasetTableColumnView> page = reads.page(new ListDatasetTableColumns(table.tableUri(),
                            null, 1, Paging.DEFAULT_PAGE_SIZE));
                    return SearchResult.of(page, DatasetTableColumnNode::of);
                });
    }


    /** data.all shows a folder's dataset to teams holding GET_DATASET on it. */
    @DgsData(parentType = "DatasetStorageLocation", field = "dataset")
    public CompletableFuture<DatasetNode> locationDataset(DgsDataFetchingEnvironment dfe) {
        StorageLocationNode location = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, location.datasetUri())
                .thenCombine(Grants.require(dfe, actor, location.datasetUri(), GET_DATASET),
                        (view, granted) -> view == null ? null : DatasetNode.of(view, actor));
    }

    /** data.all shows the folder's dataset's AWS facts to teams holding GET_DATASET_FOLDER on the folder. */
    @DgsData(parentType = "DatasetStorageLocation", field = "restricted")
    public CompletableFuture<DatasetRestrictedNode> locationRestricted(DgsDataFetchingEnvironment dfe) {
        StorageLocationNode location = dfe.getSource();
        return dataset(dfe, location.datasetUri())
                .thenCombine(Grants.require(dfe, currentActor.get(), location.locationUri(), GET_DATASET_FOLDER),
                        (view, granted) -> view == null ? null : DatasetRestrictedNode.of(view));
    }

    @DgsData(parentType = "DatasetStorageLocation", field = "userRoleForStorageLocation")
    public CompletableFuture<String> userRoleForStorageLocation(DgsDataFetchingEnvironment dfe) {
        StorageLocationNode location = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, location.datasetUri()).thenApply(view -> DatasetRoles.roleOf(view, actor));
    }

    @DgsData(parentType = "DatasetProfilingRun", field = "dataset")
    public CompletableFuture<DatasetNode> profilingRunDataset(DgsDataFetchingEnvironment dfe) {
        ProfilingRunNode run = dfe.getSource();
        Actor actor = currentActor.get();
        return dataset(dfe, run.datasetUri()).thenApply(view -> view == null ? null : DatasetNode.of(view, actor));
    }

    private static CompletableFuture<DatasetView> dataset(DgsDataFetchingEnvironment dfe, String datasetUri) {
        DataLoader<String, DatasetView> loader = dfe.getDataLoader(DatasetLoader.class);
        return loader.load(datasetUri);
    }
}
