package io.grantline.graphql.environment;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.FindVisibleNetworks;
import io.grantline.api.environment.EnvironmentQueries.NetworkView;
import io.grantline.api.environment.EnvironmentQueries.NetworkViews;
import io.grantline.graphql.support.Queries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The networks of many environments in one read. */
@DgsDataLoader(name = "environmentNetworks")
public class EnvironmentNetworksLoader implements MappedBatchLoader<EnvironmentKey, List<VpcNode>> {

    private final Queries queries;

    public EnvironmentNetworksLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<EnvironmentKey, List<VpcNode>>> load(Set<EnvironmentKey> keys) {
        Actor actor = keys.iterator().next().actor();
        List<String> environments = keys.stream().map(EnvironmentKey::environmentUri).distinct().toList();
        Map<String, List<VpcNode>> byEnvironment = new HashMap<>();
        for (NetworkView network : queries.ask(new FindVisibleNetworks(environments, actor.groups()),
                NetworkViews.class).networks()) {
            byEnvironment.computeIfAbsent(network.environmentUri(), uri -> new ArrayList<>()).add(VpcNode.of(network));
        }
        Map<EnvironmentKey, List<VpcNode>> result = new HashMap<>();
        for (EnvironmentKey key : keys) {
            result.put(key, byEnvironment.getOrDefault(key.environmentUri(), List.of()));
        }
        return CompletableFuture.completedFuture(result);
    }
}
