package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.CRAWL_DATASET;
import static io.grantline.api.permission.DatasetPermissions.SYNC_DATASET;
import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET_TABLE;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.CatalogTables;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTable;
import io.grantline.api.dataset.DatasetCloudQueries.ReadCatalogTables;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTableColumns;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetQueries.CrawlerRunView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindLatestCrawlerRun;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** What reads the Glue catalog: the crawler, and syncing the dataset's tables and a table's columns from it. */
@DgsComponent
public class DatasetCatalogDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final Queries queries;
    private final DatasetReads reads;

    public DatasetCatalogDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                     Commands commands, Queries queries, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
    }

    /** Starts a crawler run over the bucket (or a prefix of it); the answer shows the new run's status. */
    @DgsMutation
    public GlueCrawlerNode startGlueCrawler(@InputArgument String datasetUri,
                                            @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri("startGlueCrawler", "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, CRAWL_DATASET);
        DatasetView dataset = reads.dataset(uri);
        String prefix = Inputs.string(input, "prefix");
        commands.send(new StartGlueCrawler(uri, ResourceUris.next(), prefix == null ? "" : prefix, actor), uri,
                actor);
        CrawlerRunView run = queries.ask(new FindLatestCrawlerRun(uri), CrawlerRunView.class);
        return new GlueCrawlerNode(dataset.resources().glueCrawlerName(), run == null ? null : run.status());
    }

    /** Records the tables the Glue database holds now; answers how many tables the dataset then has. */
    @DgsMutation
    public Integer syncTables(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri("syncTables", "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, SYNC_DATASET);
        DatasetView dataset = reads.dataset(uri);
        CatalogTables catalog = queries.ask(new ReadCatalogTables(dataset.awsAccountId(), dataset.region(),
                dataset.resources().glueDatabaseName()), CatalogTables.class);
        commands.send(new SyncDatasetTables(uri, catalog.tables(), actor), uri, actor);
        return reads.dataset(uri).tableCount();
    }

    /** Records the table's columns as the catalog has them now; answers the first page of them. */
    @DgsMutation
    public SearchResult<DatasetTableColumnNode> syncDatasetTableColumns(@InputArgument String tableUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri("syncDatasetTableColumns", "tableUri", tableUri);
        DatasetTableView table = reads.table(uri);
        guards.requireOnPartOrParent(actor, UPDATE_DATASET_TABLE, uri, table.datasetUri());
        DatasetView dataset = reads.dataset(table.datasetUri());
        CatalogTable catalogTable = queries.ask(new ReadCatalogTable(dataset.awsAccountId(), dataset.region(),
                table.glueDatabaseName(), table.name()), CatalogTable.class);
        if (catalogTable == null) {
            throw new ObjectNotFound("Glue table", table.glueDatabaseName() + "." + table.name());
        }
        commands.send(new SyncDatasetTableColumns(table.datasetUri(), uri, catalogTable, actor),
                table.datasetUri(), actor);
        Page<DatasetTableColumnView> columns = reads.page(new ListDatasetTableColumns(uri, null, 1,
                Paging.DEFAULT_PAGE_SIZE));
        return SearchResult.of(columns, DatasetTableColumnNode::of);
    }
}
