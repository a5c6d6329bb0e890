package io.grantline.graphql.stack;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.PropertyDataFetcher;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCommands.RedeployDatasetStack;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironmentKeyValueTags;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.stack.StackQueries.FindStack;
import io.grantline.api.stack.StackQueries.KeyValueTagList;
import io.grantline.api.stack.StackQueries.ListKeyValueTags;
import io.grantline.api.stack.StackQueries.ListStackLogs;
import io.grantline.api.stack.StackQueries.StackLogList;
import io.grantline.api.stack.StackQueries.StackView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Queries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** data.all's stack operations (core/stacks), Environment.stack and Dataset.stack. */
@DgsComponent
public class StackDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public StackDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public StackNode getStack(@InputArgument String environmentUri, @InputArgument String stackUri,
                              @InputArgument String targetUri, @InputArgument String targetType) {
        Actor actor = currentActor.get();
        StackTargets.requireSupported("getStack", targetUri, targetType);
        if (stackUri == null || stackUri.isBlank()) {
            throw new RequiredParameter("getStack", "stackUri");
        }
        authorizer.requireResource(actor, targetUri, StackTargets.readPermission(targetType));
        StackView stack = find(targetUri, targetType);
        if (!stack.stackUri().equals(stackUri)) {
            throw new ObjectNotFound("Stack", stackUri);
        }
        return StackNode.of(stack, logs(targetUri, targetType).logs());
    }

    @DgsMutation
    public StackNode updateStack(@InputArgument String targetUri, @InputArgument String targetType) {
        Actor actor = currentActor.get();
        StackTargets.requireSupported("updateStack", targetUri, targetType);
        authorizer.requireTenant(actor, StackTargets.tenantPermission(targetType));
        authorizer.requireResource(actor, targetUri, StackTargets.updatePermission(targetType));
        Object redeploy = StackTargets.isDataset(targetType) ? new RedeployDatasetStack(targetUri, actor)
                : new RedeployEnvironmentStack(targetUri, actor);
        commands.send(redeploy, targetUri, actor);
        return StackNode.of(find(targetUri, targetType), logs(targetUri, targetType).logs());
    }

    @DgsQuery
    public List<StackLogNode> getStackLogs(@InputArgument String targetUri, @InputArgument String targetType) {
        Actor actor = currentActor.get();
        StackTargets.requireSupported("getStackLogs", targetUri, targetType);
        authorizer.requireResource(actor, targetUri, StackTargets.readPermission(targetType));
        find(targetUri, targetType);
        return logs(targetUri, targetType).logs().stream().map(StackLogNode::of).toList();
    }

    @DgsQuery
    public List<KeyValueTagNode> listKeyValueTags(@InputArgument String targetUri, @InputArgument String targetType) {
        Actor actor = currentActor.get();
        StackTargets.requireSupported("listKeyValueTags", targetUri, targetType);
        authorizer.requireResource(actor, targetUri, StackTargets.readPermission(targetType));
        return tags(targetUri, targetType);
    }

    @DgsMutation
    public List<KeyValueTagNode> updateKeyValueTags(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String targetUri = Inputs.string(input, "targetUri");
        String targetType = Inputs.string(input, "targetType");
        StackTargets.requireTaggable("updateKeyValueTags", targetUri, targetType);
        authorizer.requireTenant(actor, StackTargets.tenantPermission(targetType));
        authorizer.requireResource(actor, targetUri, StackTargets.updatePermission(targetType));
        List<KeyValueTag> tags = keyValueTags(input);
        requireDistinctKeys(tags);
        commands.send(new UpdateEnvironmentKeyValueTags(targetUri, tags, actor), targetUri, actor);
        return tags(targetUri, targetType);
    }

    /** The environment's stack; the environment itself was authorized by the field that answered it. */
    @DgsData(parentType = "Environment", field = "stack")
    public CompletableFuture<StackNode> environmentStack(DgsDataFetchingEnvironment dfe) throws Exception {
        Object environmentUri = PropertyDataFetcher.fetching("environmentUri").get(dfe);
        if (environmentUri == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<String, StackNode> loader = dfe.getDataLoader(EnvironmentStackLoader.class);
        return loader.load(environmentUri.toString());
    }

    /** The dataset's stack, for teams holding GET_DATASET on the dataset as in data.all. */
    @DgsData(parentType = "Dataset", field = "stack")
    @DgsData(parentType = "DatasetBase", field = "stack")
    public CompletableFuture<StackNode> datasetStack(DgsDataFetchingEnvironment dfe) throws Exception {
        Object datasetUri = PropertyDataFetcher.fetching("datasetUri").get(dfe);
        if (datasetUri == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<DatasetStackLoader.Key, StackNode> loader = dfe.getDataLoader(DatasetStackLoader.class);
        return loader.load(new DatasetStackLoader.Key(datasetUri.toString(), currentActor.get()));
    }

    private StackView find(String targetUri, String targetType) {
        StackView stack = queries.ask(new FindStack(targetUri, targetType), StackView.class);
        if (stack == null) {
            throw new ObjectNotFound("Stack", targetUri);
        }
        return stack;
    }

    private StackLogList logs(String targetUri, String targetType) {
        return queries.ask(new ListStackLogs(targetUri, targetType), StackLogList.class);
    }

    private List<KeyValueTagNode> tags(String targetUri, String targetType) {
        return queries.ask(new ListKeyValueTags(targetUri, targetType), KeyValueTagList.class).tags().stream()
                .map(KeyValueTagNode::of).toList();
    }

    /** CloudFormation takes each tag key once, and AWS compares tag keys without regard to case. */
    private static void requireDistinctKeys(List<KeyValueTag> tags) {
        Set<String> keys = new HashSet<>();
        for (KeyValueTag tag : tags) {
            if (tag.key() != null && !keys.add(tag.key().toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("updateKeyValueTags", "tags", "contains the key " + tag.key()
                        + " more than once; tag keys are case insensitive");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<KeyValueTag> keyValueTags(Map<String, Object> input) {
        Object tags = input.get("tags");
        List<KeyValueTag> result = new ArrayList<>();
        if (tags instanceof List<?> list) {
            for (Object tag : list) {
                if (tag instanceof Map<?, ?> fields) {
                    Map<String, Object> values = (Map<String, Object>) fields;
                    result.add(new KeyValueTag(Inputs.string(values, "key"), Inputs.string(values, "value"),
                            Boolean.TRUE.equals(Inputs.bool(values, "cascade"))));
                }
            }
        }
        return result;
    }
}
