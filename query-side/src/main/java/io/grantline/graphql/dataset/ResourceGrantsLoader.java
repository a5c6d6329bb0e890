package io.grantline.graphql.dataset;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.environment.EnvironmentQueries.FindResourcesGranted;
import io.grantline.api.environment.EnvironmentQueries.GrantedResources;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Whether the caller's teams hold a permission on each resource, one read per permission for a whole listing: the
 * checks of nested fields such as Dataset.restricted.
 */
@DgsDataLoader(name = "resourceGrants")
public class ResourceGrantsLoader implements MappedBatchLoader<ResourceGrantsLoader.Key, Boolean> {

    public record Key(String resourceUri, String permission, List<String> groups) {
    }

    private final Queries queries;

    public ResourceGrantsLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<Key, Boolean>> load(Set<Key> keys) {
        Map<Key, Boolean> result = new HashMap<>();
        Map<List<Object>, List<Key>> byQuestion = keys.stream()
                .collect(Collectors.groupingBy(key -> List.of(key.permission(), key.groups())));
        for (List<Key> asked : byQuestion.values()) {
            Key first = asked.get(0);
            Set<String> granted = first.groups().isEmpty() ? Set.of() : Set.copyOf(queries.ask(
                    new FindResourcesGranted(asked.stream().map(Key::resourceUri).distinct().toList(), first.groups(),
                            first.permission()), GrantedResources.class).resourceUris());
            asked.forEach(key -> result.put(key, granted.contains(key.resourceUri())));
        }
        return CompletableFuture.completedFuture(result);
    }
}
