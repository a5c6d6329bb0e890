package io.grantline.graphql.stack;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.stack.StackQueries.EnvironmentStacks;
import io.grantline.api.stack.StackQueries.FindEnvironmentStacks;
import io.grantline.api.stack.StackQueries.StackView;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The stacks of many environments in one read, for Environment.stack in listings. */
@DgsDataLoader(name = "environmentStacks")
public class EnvironmentStackLoader implements MappedBatchLoader<String, StackNode> {

    private final Queries queries;

    public EnvironmentStackLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, StackNode>> load(Set<String> environmentUris) {
        EnvironmentStacks stacks = queries.ask(new FindEnvironmentStacks(List.copyOf(environmentUris)),
                EnvironmentStacks.class);
        Map<String, StackNode> nodes = new HashMap<>();
        for (Map.Entry<String, StackView> stack : stacks.byEnvironment().entrySet()) {
            nodes.put(stack.getKey(), StackNode.of(stack.getValue(), List.of()));
        }
        return CompletableFuture.completedFuture(nodes);
    }
}
