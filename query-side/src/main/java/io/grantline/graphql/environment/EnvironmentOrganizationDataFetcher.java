package io.grantline.graphql.environment;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.PropertyDataFetcher;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The fields joining environments and organizations: Environment.organization and Organization.environments. */
@DgsComponent
public class EnvironmentOrganizationDataFetcher {

    private final CurrentActor currentActor;

    public EnvironmentOrganizationDataFetcher(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @DgsData(parentType = "Environment", field = "organization")
    @DgsData(parentType = "EnvironmentSimplified", field = "organization")
    public CompletableFuture<OrganizationSimplifiedNode> organization(DgsDataFetchingEnvironment dfe) {
        EnvironmentNode environment = dfe.getSource();
        DataLoader<String, OrganizationSimplifiedNode> loader = dfe.getDataLoader(OrganizationSimplifiedLoader.class);
        return loader.load(environment.organizationUri());
    }

    /** data.all answers five environments a page when no filter is given. */
    @DgsData(parentType = "Organization", field = "environments")
    public CompletableFuture<SearchResult<EnvironmentNode>> environments(DgsDataFetchingEnvironment dfe,
                                                                         @InputArgument Map<String, Object> filter) {
        String organizationUri = new PropertyDataFetcher<String>("organizationUri").get(dfe);
        Paging paging = EnvironmentReads.paging(filter, filter == null ? 5 : Paging.DEFAULT_PAGE_SIZE);
        DataLoader<OrganizationEnvironmentsLoader.Key, SearchResult<EnvironmentNode>> loader =
                dfe.getDataLoader(OrganizationEnvironmentsLoader.class);
        return loader.load(new OrganizationEnvironmentsLoader.Key(organizationUri, paging.term(), paging.page(),
                paging.pageSize(), currentActor.get()));
    }
}
