package io.grantline.graphql.catalog;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.catalog.CatalogCommands.ReindexCatalog;
import io.grantline.api.catalog.CatalogQueries.CatalogIndexStatus;
import io.grantline.api.catalog.CatalogQueries.CatalogSearchResult;
import io.grantline.api.catalog.CatalogQueries.FindCatalogIndexStatus;
import io.grantline.api.error.InvalidInput;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import java.util.Map;

/**
 * The catalog: searchCatalog for any signed-in user (the catalog is public in data.all, each hit says what the
 * caller may do with it); rebuilding the index and its progress for the tenant's administrators.
 */
@DgsComponent
public class CatalogDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public CatalogDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public CatalogSearchPage searchCatalog(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        CatalogSearchResult result = queries.ask(CatalogSearchFilter.toQuery(filter, actor), CatalogSearchResult.class);
        return CatalogSearchPage.of(result);
    }

    @DgsQuery
    public CatalogIndexStatus catalogIndexStatus() {
        authorizer.requireTenantAdmin(currentActor.get(), "catalogIndexStatus");
        return queries.ask(new FindCatalogIndexStatus(), CatalogIndexStatus.class);
    }

    @DgsMutation
    public Boolean startReindexCatalog(@InputArgument boolean handleDeletes) {
        Actor actor = currentActor.get();
        authorizer.requireTenantAdmin(actor, "startReindexCatalog");
        return commands.sendWithoutWaiting(new ReindexCatalog(handleDeletes, actor), actor);
    }

    static InvalidInput invalid(String field, String problem) {
        return new InvalidInput("searchCatalog", field, problem);
    }
}
