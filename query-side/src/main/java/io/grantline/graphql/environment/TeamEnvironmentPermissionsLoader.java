package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_GROUP_PERMISSIONS;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupViews;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironmentGroups;
import io.grantline.api.environment.EnvironmentQueries.FindResourcesGranted;
import io.grantline.api.environment.EnvironmentQueries.GrantedResources;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.support.Nodes.PermissionNode;
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
 * Group.environmentPermissions for every team of a listing at once: one read of the caller's right to see them
 * (LIST_ENVIRONMENT_GROUP_PERMISSIONS on each environment) and one of the memberships.
 */
@DgsDataLoader(name = "teamEnvironmentPermissions")
public class TeamEnvironmentPermissionsLoader implements MappedBatchLoader<TeamEnvironmentPermissionsLoader.Key,
        Try<List<PermissionNode>>> {

    public record Key(String groupUri, String environmentUri, Actor actor) {
    }

    private final Queries queries;

    public TeamEnvironmentPermissionsLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<Key, Try<List<PermissionNode>>>> load(Set<Key> keys) {
        Actor actor = keys.iterator().next().actor();
        List<String> environments = keys.stream().map(Key::environmentUri).distinct().toList();
        List<String> groups = keys.stream().map(Key::groupUri).distinct().toList();
        Set<String> visible = Set.copyOf(queries.ask(new FindResourcesGranted(environments, actor.groups(),
                LIST_ENVIRONMENT_GROUP_PERMISSIONS), GrantedResources.class).resourceUris());
        Map<String, List<String>> permissions = new HashMap<>();
        for (EnvironmentGroupView team : queries.ask(new FindEnvironmentGroups(environments, groups),
                EnvironmentGroupViews.class).groups()) {
            permissions.put(team.environmentUri() + "\u0000" + team.groupUri(), team.permissions());
        }
        Map<Key, Try<List<PermissionNode>>> result = new HashMap<>();
        for (Key key : keys) {
            result.put(key, visible.contains(key.environmentUri())
                    ? Try.succeeded(PermissionNode.resources(permissions.getOrDefault(
                            key.environmentUri() + "\u0000" + key.groupUri(), List.of())))
                    : Try.failed(new UnauthorizedOperation(key.actor().username(),
                            LIST_ENVIRONMENT_GROUP_PERMISSIONS, key.environmentUri())));
        }
        return CompletableFuture.completedFuture(result);
    }
}
