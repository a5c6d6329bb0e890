package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.graphql.dataset.DatasetPartPagesLoader.Part;
import io.grantline.graphql.dataset.RestrictedNodes.DatasetRestrictedNode;
import io.grantline.graphql.environment.EnvironmentKey;
import io.grantline.graphql.environment.EnvironmentLoader;
import io.grantline.graphql.environment.EnvironmentNode;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The nested fields of Dataset and DatasetBase, read through data loaders so that listings stay cheap. */
@DgsComponent
public class DatasetFieldsDataFetcher {

    /** data.all's page size for a dataset's tables and folders when no filter is given. */
    private static final int PARTS_PAGE_SIZE_WITHOUT_FILTER = 5;

    private final CurrentActor currentActor;

    public DatasetFieldsDataFetcher(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /**
     * data.all shows a dataset's environment, simplified, to whoever sees the dataset, in listings too: a
     * steward's team need not be a team of the environment.
     */
    @DgsData(parentType = "Dataset", field = "environment")
    @DgsData(parentType = "DatasetBase", field = "environment")
    public CompletableFuture<EnvironmentNode> environment(DgsDataFetchingEnvironment dfe) {
        DatasetNode dataset = dfe.getSource();
        DataLoader<EnvironmentKey, EnvironmentNode> loader = dfe.getDataLoader(EnvironmentLoader.class);
        return loader.load(new EnvironmentKey(dataset.environmentUri(), currentActor.get()));
    }

    /** The caller's role in the dataset's environment, as Environment.userRoleInEnvironment tells it. */
    @DgsData(parentType = "Dataset", field = "userRoleInEnvironment")
    @DgsData(parentType = "DatasetBase", field = "userRoleInEnvironment")
    public CompletableFuture<String> userRoleInEnvironment(DgsDataFetchingEnvironment dfe) {
        return environment(dfe).thenApply(environment -> environment == null ? null
                : environment.userRoleInEnvironment());
    }

    @DgsData(parentType = "Dataset", field = "restricted")
    public CompletableFuture<DatasetRestrictedNode> restricted(DgsDataFetchingEnvironment dfe) {
        DatasetNode dataset = dfe.getSource();
        return Grants.require(dfe, currentActor.get(), dataset.datasetUri(), GET_DATASET)
                .thenApply(granted -> dataset.restrictedInformation());
    }

    @DgsData(parentType = "Dataset", field = "tables")
    public CompletableFuture<SearchResult<?>> tables(DgsDataFetchingEnvironment dfe,
                                                     @InputArgument Map<String, Object> filter) {
        return parts(dfe, Part.TABLES, filter);
    }

    @DgsData(parentType = "Dataset", field = "locations")
    public CompletableFuture<SearchResult<?>> locations(DgsDataFetchingEnvironment dfe,
                                                        @InputArgument Map<String, Object> filter) {
        return parts(dfe, Part.LOCATIONS, filter);
    }


    private CompletableFuture<SearchResult<?>> parts(DgsDataFetchingEnvironment dfe, Part part,
                                                     Map<String, Object> filter) {
        DatasetNode dataset = dfe.getSource();
        Paging paging = DatasetInputs.paging(filter, PARTS_PAGE_SIZE_WITHOUT_FILTER);
        DataLoader<DatasetPartPagesLoader.Key, SearchResult<?>> loader =
                dfe.getDataLoader(DatasetPartPagesLoader.class);
        return loader.load(new DatasetPartPagesLoader.Key(part, dataset.datasetUri(), paging.term(), paging.page(),
                paging.pageSize()));
    }
}
