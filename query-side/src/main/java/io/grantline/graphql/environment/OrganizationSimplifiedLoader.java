package io.grantline.graphql.environment;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.environment.EnvironmentQueries.FindOrganizationsSimplified;
import io.grantline.api.environment.EnvironmentQueries.OrganizationSimplifiedView;
import io.grantline.api.environment.EnvironmentQueries.OrganizationSimplifiedViews;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The organizations of many environments in one read. */
@DgsDataLoader(name = "organizationsSimplified")
public class OrganizationSimplifiedLoader implements MappedBatchLoader<String, OrganizationSimplifiedNode> {

    private final Queries queries;

    public OrganizationSimplifiedLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, OrganizationSimplifiedNode>> load(Set<String> organizationUris) {
        Map<String, OrganizationSimplifiedNode> result = new HashMap<>();
        for (OrganizationSimplifiedView view : queries.ask(new FindOrganizationsSimplified(List.copyOf(
                organizationUris)), OrganizationSimplifiedViews.class).organizations()) {
            result.put(view.organizationUri(), new OrganizationSimplifiedNode(view.organizationUri(), view.label(),
                    view.name()));
        }
        return CompletableFuture.completedFuture(result);
    }
}
