package io.grantline.graphql.share;

import static io.grantline.api.permission.DatasetPermissions.CREDENTIALS_DATASET;
import static io.grantline.api.permission.DatasetPermissions.GET_DATASET_TABLE;
import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareNames;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareQueries.ListDatasetShares;
import io.grantline.api.share.ShareQueries.ListShareItems;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.ShareableType;
import io.grantline.api.stack.CloudAccessQueries.ConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.IssueConsoleSignInUrl;
import io.grantline.graphql.dataset.DatasetReads;
import io.grantline.graphql.dataset.DatasetTableColumnNode;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.share.ShareNodes.S3ConsumptionDataNode;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the requester consumes what a share gave: bucket, access point and shared database, console, columns. */
@DgsComponent
public class ShareConsumptionDataFetcher {

    /** Every item of a share fits in one read: a dataset's tables, folders and bucket. */
    private static final int ALL_ITEMS = 10_000;
    /** data.all's filter type that limits the columns of a shared table. */
    private static final String COLUMN_FILTER = "COLUMN";

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final ShareGuards guards;
    private final ShareReads reads;
    private final DatasetReads datasets;
    private final Queries queries;

    public ShareConsumptionDataFetcher(CurrentActor currentActor, Authorizer authorizer, ShareGuards guards,
                                       ShareReads reads, DatasetReads datasets, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.reads = reads;
        this.datasets = datasets;
        this.queries = queries;
    }

    /** The access point is named only once a folder of the dataset was shared to the principal. */
    @DgsQuery
    public S3ConsumptionDataNode getS3ConsumptionData(@InputArgument String shareUri) {
        ShareView share = guards.requireToRead(currentActor.get(), "getS3ConsumptionData", shareUri,
                GET_SHARE_OBJECT);
        boolean folderShared = sharedItems(share.shareUri()).stream()
                .anyMatch(item -> item.itemType() == ShareableType.StorageLocation
                        && item.status() == ShareItemStatus.Share_Succeeded);
        return new S3ConsumptionDataNode(share.dataset().bucketName(),
                folderShared ? ShareNames.accessPointName(share.dataset().datasetUri(), share.target().principalId())
                        : null,
                ShareNames.sharedDatabaseName(share.dataset().glueDatabaseName()));
    }

    /**
     * data.all signs the dataset's owner team in as the dataset role, and the other teams holding
     * CREDENTIALS_DATASET as their environment role in the environment the dataset was shared to.
     */
    @DgsQuery
    public String getDatasetSharedAssumeRoleUrl(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = Inputs.required("getDatasetSharedAssumeRoleUrl", "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, CREDENTIALS_DATASET);
        DatasetView dataset = datasets.dataset(uri);
        if (actor.isMemberOf(dataset.samlAdminGroupName())) {
            return signIn(dataset.awsAccountId(), dataset.region(), dataset.resources().iamDatasetAdminRoleArn());
        }
        List<ShareView> shares = reads.list(new ListDatasetShares(uri, true));
        ShareView share = shares.stream()
                .filter(s -> s.target().principalType() == SharePrincipalType.Group
                        && actor.isMemberOf(s.target().groupUri()))
                .findFirst()
                .orElseThrow(() -> new UnauthorizedOperation(actor.username(), CREDENTIALS_DATASET, uri));
        return signIn(share.target().awsAccountId(), share.target().region(), share.target().principalRoleArn());
    }

    /** The columns of a shared table, limited to those its column data filters include when the share has some. */
    @DgsQuery
    public SearchResult<DatasetTableColumnNode> listSharedDatasetTableColumns(
            @InputArgument String tableUri, @InputArgument String shareUri, @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String action = "listSharedDatasetTableColumns";
        String table = Inputs.required(action, "tableUri", tableUri);
        String share = Inputs.required(action, "shareUri", shareUri);
        authorizer.requireResource(actor, table, GET_DATASET_TABLE);
        DatasetTableView tableView = datasets.table(table);
        ShareItemView item = sharedItems(reads.share(share).shareUri()).stream()
                .filter(i -> table.equals(i.itemUri())).findFirst()
                .orElseThrow(() -> new InvalidInput(action, "tableUri", "names " + table
                        + ", which the share " + share + " does not hold"));
        Paging paging = Paging.of(filter);
        Set<String> columns = includedColumns(item);
        if (columns == null) {
            Page<DatasetTableColumnView> page = datasets.page(new ListDatasetTableColumns(tableView.tableUri(),
                    paging.term(), paging.page(), paging.pageSize()));
            return SearchResult.of(page, DatasetTableColumnNode::of);
        }
        Page<DatasetTableColumnView> all = datasets.page(new ListDatasetTableColumns(tableView.tableUri(),
                paging.term(), 1, ALL_ITEMS));
        List<DatasetTableColumnView> kept = all.nodes().stream().filter(c -> columns.contains(c.name())).toList();
        int from = Math.min(Page.offset(paging.page(), paging.pageSize()), kept.size());
        int to = Math.min(from + paging.pageSize(), kept.size());
        return SearchResult.of(new Page<>(kept.subList(from, to), kept.size(), paging.page(), paging.pageSize()),
                DatasetTableColumnNode::of);
    }

    /** null when every column is shared: no filter attached, or one that limits rows only. */
    private Set<String> includedColumns(ShareItemView item) {
        if (item.filter() == null) {
            return null;
        }
        Set<String> columns = new HashSet<>();
        for (String filterUri : item.filter().filterUris()) {
            try {
                TableDataFilterView dataFilter = datasets.dataFilter(filterUri);
                if (!COLUMN_FILTER.equals(dataFilter.filterType()) || dataFilter.includedCols() == null) {
                    return null;
                }
                columns.addAll(dataFilter.includedCols());
            } catch (ObjectNotFound deleted) {
                // a data filter deleted since it was attached limits nothing
            }
        }
        return columns.isEmpty() ? null : columns;
    }

    private List<ShareItemView> sharedItems(String shareUri) {
        Page<ShareItemView> page = reads.page(new ListShareItems(shareUri, null, true, null, null, 1, ALL_ITEMS));
        return new ArrayList<>(page.nodes());
    }

    private String signIn(String account, String region, String roleArn) {
        return queries.ask(new IssueConsoleSignInUrl(account, region, roleArn), ConsoleSignInUrl.class).url();
    }
}
