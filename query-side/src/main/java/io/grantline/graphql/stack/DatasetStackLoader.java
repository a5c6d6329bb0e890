package io.grantline.graphql.stack;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.FindResourcesGranted;
import io.grantline.api.environment.EnvironmentQueries.GrantedResources;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.stack.StackNames;
import io.grantline.api.stack.StackQueries.FindTargetStacks;
import io.grantline.api.stack.StackQueries.StackView;
import io.grantline.api.stack.StackQueries.TargetStacks;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;
import org.dataloader.Try;

/**
 * The stacks of the datasets of a listing, for Dataset.stack: data.all shows a dataset's stack to teams holding
 * GET_DATASET on it, checked in one read for the whole listing, and read in one more.
 */
@DgsDataLoader(name = "datasetStacks")
public class DatasetStackLoader implements MappedBatchLoader<DatasetStackLoader.Key, Try<StackNode>> {

    public record Key(String datasetUri, Actor actor) {
    }

    private final Queries queries;

    public DatasetStackLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<Key, Try<StackNode>>> load(Set<Key> keys) {
        Actor actor = keys.iterator().next().actor();
        List<String> datasets = keys.stream().map(Key::datasetUri).distinct().toList();
        Set<String> visible = actor.groups().isEmpty() ? Set.of() : Set.copyOf(queries.ask(
                new FindResourcesGranted(datasets, actor.groups(), GET_DATASET), GrantedResources.class)
                .resourceUris());
        Map<String, StackView> stacks = visible.isEmpty() ? Map.of() : queries.ask(
                new FindTargetStacks(StackNames.DATASET_TARGET, List.copyOf(visible)), TargetStacks.class).byTarget();
        Map<Key, Try<StackNode>> nodes = new HashMap<>();
        for (Key key : keys) {
            nodes.put(key, visible.contains(key.datasetUri()) ? Try.succeeded(node(stacks.get(key.datasetUri())))
                    : Try.failed(new UnauthorizedOperation(key.actor().username(), GET_DATASET, key.datasetUri())));
        }
        return CompletableFuture.completedFuture(nodes);
    }

    private static StackNode node(StackView stack) {
        return stack == null ? null : StackNode.of(stack, List.of());
    }
}
