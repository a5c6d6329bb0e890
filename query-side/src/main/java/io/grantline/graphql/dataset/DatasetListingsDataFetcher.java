package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;
import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetItemView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetItems;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTables;
import io.grantline.api.dataset.DatasetQueries.ListDatasets;
import io.grantline.api.dataset.DatasetQueries.ListEnvironmentDatasets;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** data.all's dataset listings (datasets_base and s3_datasets). */
@DgsComponent
public class DatasetListingsDataFetcher {

    /** data.all's action name when the caller lists the datasets of a team it is not in. */
    static final String LIST_ENVIRONMENT_GROUP_DATASETS = "LIST_ENVIRONMENT_GROUP_DATASETS";

    /** data.all's page size for the user's dataset listings when no filter is given. */
    private static final int USER_LISTING_PAGE_SIZE = 5;

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetReads reads;

    public DatasetListingsDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.reads = reads;
    }

    /** The datasets the caller's teams own or steward, or the caller created. */
    @DgsQuery
    public SearchResult<DatasetNode> listDatasets(@InputArgument Map<String, Object> filter) {
        return userDatasets(filter, false);
    }

    @DgsQuery
    public SearchResult<DatasetNode> listOwnedDatasets(@InputArgument Map<String, Object> filter) {
        return userDatasets(filter, true);
    }

    @DgsQuery
    public SearchResult<DatasetNode> listDatasetsCreatedInEnvironment(@InputArgument String environmentUri,
                                                                      @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String uri = requiredUri("listDatasetsCreatedInEnvironment", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, LIST_ENVIRONMENT_DATASETS);
        return environmentDatasets(uri, null, filter, actor);
    }

    @DgsQuery
    public SearchResult<DatasetNode> listS3DatasetsOwnedByEnvGroup(@InputArgument String environmentUri,
                                                                   @InputArgument String groupUri,
                                                                   @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String action = "listS3DatasetsOwnedByEnvGroup";
        String uri = requiredUri(action, "environmentUri", environmentUri);
        String group = requiredUri(action, "groupUri", groupUri);
        authorizer.requireResource(actor, uri, LIST_ENVIRONMENT_DATASETS);
        authorizer.requireMember(actor, group, LIST_ENVIRONMENT_GROUP_DATASETS, uri);
        return environmentDatasets(uri, group, filter, actor);
    }

    @DgsQuery
    public SearchResult<DatasetItemView> listDatasetTablesFolders(@InputArgument String datasetUri,
                                                                 @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String uri = requiredUri("listDatasetTablesFolders", "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, GET_DATASET);
        Paging paging = Paging.of(filter);
        Page<DatasetItemView> page = reads.page(new ListDatasetItems(uri, paging.term(), paging.page(),
                paging.pageSize()));
        return SearchResult.of(page, item -> item);
    }

    /** Every table of every live dataset, as the reference's root listDatasetTables. */
    @DgsQuery
    public SearchResult<DatasetTableNode> listDatasetTables(@InputArgument Map<String, Object> filter) {
        currentActor.get();
        Paging paging = Paging.of(filter);
        Page<DatasetTableView> page = reads.page(new ListDatasetTables(null, paging.term(), paging.page(),
                paging.pageSize()));
        return SearchResult.of(page, DatasetTableNode::of);
    }

    private SearchResult<DatasetNode> userDatasets(Map<String, Object> filter, boolean ownedOnly) {
        Actor actor = currentActor.get();
        Paging paging = DatasetInputs.paging(filter, USER_LISTING_PAGE_SIZE);
        Page<DatasetView> page = reads.page(new ListDatasets(actor.username(), actor.groups(), ownedOnly,
                paging.term(), paging.page(), paging.pageSize()));
        return SearchResult.of(page, view -> DatasetNode.of(view, actor));
    }

    private SearchResult<DatasetNode> environmentDatasets(String environmentUri, String group,
                                                          Map<String, Object> filter, Actor actor) {
        Paging paging = Paging.of(filter);
        Page<DatasetView> page = reads.page(new ListEnvironmentDatasets(environmentUri, group, paging.term(),
                paging.page(), paging.pageSize()));
        return SearchResult.of(page, view -> DatasetNode.of(view, actor));
    }
}
