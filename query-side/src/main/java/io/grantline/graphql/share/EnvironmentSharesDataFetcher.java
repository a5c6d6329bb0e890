package io.grantline.graphql.share;

import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_DATASETS;
import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_SHARED_WITH_OBJECTS;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.share.ShareQueries.EnvironmentSharedItemView;
import io.grantline.api.share.ShareQueries.ListDatasetsSharedWithEnvGroup;
import io.grantline.api.share.ShareQueries.ListEnvironmentSharedItems;
import io.grantline.api.share.ShareQueries.ListSharedDatasetTables;
import io.grantline.api.share.ShareQueries.SharedDatabaseView;
import io.grantline.api.share.ShareQueries.SharedTableView;
import io.grantline.graphql.environment.EnvironmentReads;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.share.ShareNodes.EnvironmentPublishedItemNode;
import io.grantline.graphql.share.ShareNodes.SharedDatabaseNode;
import io.grantline.graphql.share.ShareNodes.SharedDatasetTableNode;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;

/** What is shared into an environment: its items, the tables of a dataset, the databases shared to a team. */
@DgsComponent
public class EnvironmentSharesDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final EnvironmentReads environments;
    private final ShareReads reads;

    public EnvironmentSharesDataFetcher(CurrentActor currentActor, Authorizer authorizer,
                                        EnvironmentReads environments, ShareReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.environments = environments;
        this.reads = reads;
    }

    @DgsQuery
    public SearchResult<EnvironmentPublishedItemNode> searchEnvironmentDataItems(
            @InputArgument String environmentUri, @InputArgument Map<String, Object> filter) {
        String uri = environment("searchEnvironmentDataItems", environmentUri, LIST_ENVIRONMENT_SHARED_WITH_OBJECTS);
        Paging paging = Paging.of(filter);
        Page<EnvironmentSharedItemView> page = reads.page(new ListEnvironmentSharedItems(uri, null, paging.term(),
                Inputs.strings(filter, "itemTypes"), Boolean.TRUE.equals(Inputs.bool(filter, "uniqueShares")),
                paging.page(), paging.pageSize()));
        return SearchResult.of(page, EnvironmentPublishedItemNode::of);
    }

    @DgsQuery
    public List<SharedDatasetTableNode> getSharedDatasetTables(@InputArgument String datasetUri,
                                                               @InputArgument String envUri) {
        String dataset = Inputs.required("getSharedDatasetTables", "datasetUri", datasetUri);
        String uri = environment("getSharedDatasetTables", envUri, LIST_ENVIRONMENT_DATASETS);
        List<SharedTableView> tables = reads.list(new ListSharedDatasetTables(dataset, uri));
        return tables.stream().map(SharedDatasetTableNode::of).toList();
    }

    @DgsQuery
    public List<SharedDatabaseNode> listS3DatasetsSharedWithEnvGroup(@InputArgument String environmentUri,
                                                                     @InputArgument String groupUri) {
        String action = "listS3DatasetsSharedWithEnvGroup";
        String group = Inputs.required(action, "groupUri", groupUri);
        String uri = environment(action, environmentUri, LIST_ENVIRONMENT_DATASETS);
        List<SharedDatabaseView> databases = reads.list(new ListDatasetsSharedWithEnvGroup(uri, group));
        return databases.stream().map(SharedDatabaseNode::of).toList();
    }

    private String environment(String action, String environmentUri, String permission) {
        Actor actor = currentActor.get();
        String uri = EnvironmentReads.requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, permission);
        environments.view(uri);
        return uri;
    }
}
