package io.grantline.graphql.share;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.share.ShareQueries.ListShareItems;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.graphql.dataset.DatasetLoader;
import io.grantline.graphql.environment.EnvironmentKey;
import io.grantline.graphql.environment.EnvironmentLoader;
import io.grantline.graphql.environment.EnvironmentNode;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.share.ShareNodes.DatasetLinkNode;
import io.grantline.graphql.share.ShareNodes.PrincipalNode;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The nested fields of ShareObject; the dataset and environment are read through data loaders for listings. */
@DgsComponent
public class ShareFieldsDataFetcher {

    /** data.all's page of a share's items when no filter is given. */
    private static final int ITEMS_PAGE_SIZE_WITHOUT_FILTER = 5;

    private final CurrentActor currentActor;
    private final ShareReads reads;

    public ShareFieldsDataFetcher(CurrentActor currentActor, ShareReads reads) {
        this.currentActor = currentActor;
        this.reads = reads;
    }

    @DgsData(parentType = "ShareObject", field = "dataset")
    public CompletableFuture<DatasetLinkNode> dataset(DgsDataFetchingEnvironment dfe) {
        ShareObjectNode share = dfe.getSource();
        return currentDataset(dfe, share).thenApply(dataset -> DatasetLinkNode.of(share.view().dataset(), dataset));
    }

    @DgsData(parentType = "ShareObject", field = "environment")
    public CompletableFuture<EnvironmentNode> environment(DgsDataFetchingEnvironment dfe) {
        ShareObjectNode share = dfe.getSource();
        DataLoader<EnvironmentKey, EnvironmentNode> loader = dfe.getDataLoader(EnvironmentLoader.class);
        return loader.load(new EnvironmentKey(share.view().target().environmentUri(), currentActor.get()));
    }

    @DgsData(parentType = "ShareObject", field = "principal")
    public PrincipalNode principal(DgsDataFetchingEnvironment dfe) {
        ShareObjectNode share = dfe.getSource();
        return PrincipalNode.of(share.view().target());
    }

    @DgsData(parentType = "ShareObject", field = "userRoleForShareObject")
    public CompletableFuture<String> userRoleForShareObject(DgsDataFetchingEnvironment dfe) {
        ShareObjectNode share = dfe.getSource();
        return currentDataset(dfe, share).thenApply(dataset -> ShareRoles.roleOf(share.view(), dataset,
                currentActor.get()));
    }

    @DgsData(parentType = "ShareObject", field = "canViewLogs")
    public CompletableFuture<Boolean> canViewLogs(DgsDataFetchingEnvironment dfe) {
        ShareObjectNode share = dfe.getSource();
        return currentDataset(dfe, share).thenApply(dataset -> ShareRoles.mayViewLogs(share.view(), dataset,
                currentActor.get()));
    }

    /** Every table, folder and the bucket of the dataset, each with its share item when the share holds it. */
    @DgsData(parentType = "ShareObject", field = "items")
    public SearchResult<ShareItemNode> items(DgsDataFetchingEnvironment dfe,
                                             @InputArgument Map<String, Object> filter) {
        ShareObjectNode share = dfe.getSource();
        Paging paging = Paging.of(filter);
        int pageSize = filter == null ? ITEMS_PAGE_SIZE_WITHOUT_FILTER : paging.pageSize();
        Page<ShareItemView> page = reads.page(new ListShareItems(share.shareUri(), paging.term(),
                Inputs.bool(filter, "isShared"), Inputs.bool(filter, "isRevokable"), Inputs.bool(filter, "isHealthy"),
                paging.page(), pageSize));
        return SearchResult.of(page, ShareItemNode::of);
    }

    private static CompletableFuture<DatasetView> currentDataset(DgsDataFetchingEnvironment dfe,
                                                                ShareObjectNode share) {
        DataLoader<String, DatasetView> loader = dfe.getDataLoader(DatasetLoader.class);
        return loader.load(share.datasetUri());
    }
}
