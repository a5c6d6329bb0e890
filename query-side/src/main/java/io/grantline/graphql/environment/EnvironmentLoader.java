package io.grantline.graphql.environment;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentViews;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironments;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Many environments in one read, for the fields that point at one (Vpc.environment). */
@DgsDataLoader(name = "environments")
public class EnvironmentLoader implements MappedBatchLoader<EnvironmentKey, EnvironmentNode> {

    private final Queries queries;

    public EnvironmentLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<EnvironmentKey, EnvironmentNode>> load(Set<EnvironmentKey> keys) {
        List<String> uris = keys.stream().map(EnvironmentKey::environmentUri).distinct().toList();
        Map<String, EnvironmentView> views = new HashMap<>();
        queries.ask(new FindEnvironments(uris), EnvironmentViews.class).environments()
                .forEach(view -> views.put(view.environmentUri(), view));
        Map<EnvironmentKey, EnvironmentNode> result = new HashMap<>();
        for (EnvironmentKey key : keys) {
            EnvironmentView view = views.get(key.environmentUri());
            if (view != null) {
                result.put(key, EnvironmentNode.of(view, key.actor()));
            }
        }
        return CompletableFuture.completedFuture(result);
    }
}
