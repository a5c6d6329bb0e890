package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.GET_ORGANIZATION;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentViews;
import io.grantline.api.environment.EnvironmentQueries.FindResourcesGranted;
import io.grantline.api.environment.EnvironmentQueries.GrantedResources;
import io.grantline.api.environment.EnvironmentQueries.ListOrganizationsEnvironments;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;
import org.dataloader.Try;

/**
 * Organization.environments for every organization of a listing in one read: data.all lists all environments
 * of an organization to whoever holds GET_ORGANIZATION on it.
 */
@DgsDataLoader(name = "organizationEnvironments")
public class OrganizationEnvironmentsLoader
        implements MappedBatchLoader<OrganizationEnvironmentsLoader.Key, Try<SearchResult<EnvironmentNode>>> {

    public record Key(String organizationUri, String term, int page, int pageSize, Actor actor) {
    }

    private final Queries queries;

    public OrganizationEnvironmentsLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<Key, Try<SearchResult<EnvironmentNode>>>> load(Set<Key> keys) {
        Actor actor = keys.iterator().next().actor();
        List<String> organizations = keys.stream().map(Key::organizationUri).distinct().toList();
        Set<String> visible = Set.copyOf(queries.ask(new FindResourcesGranted(organizations, actor.groups(),
                GET_ORGANIZATION), GrantedResources.class).resourceUris());
        Map<String, List<EnvironmentView>> byOrganization = new HashMap<>();
        for (EnvironmentView view : queries.ask(new ListOrganizationsEnvironments(organizations),
                EnvironmentViews.class).environments()) {
            byOrganization.computeIfAbsent(view.organizationUri(), uri -> new ArrayList<>()).add(view);
        }
        Map<Key, Try<SearchResult<EnvironmentNode>>> result = new HashMap<>();
        for (Key key : keys) {
            result.put(key, visible.contains(key.organizationUri())
                    ? Try.succeeded(page(key, byOrganization.getOrDefault(key.organizationUri(), List.of())))
                    : Try.failed(new UnauthorizedOperation(key.actor().username(), GET_ORGANIZATION,
                            key.organizationUri())));
        }
        return CompletableFuture.completedFuture(result);
    }

    private static SearchResult<EnvironmentNode> page(Key key, List<EnvironmentView> environments) {
        List<EnvironmentView> matching = environments.stream().filter(view -> matches(view, key.term())).toList();
        int from = Math.min(Page.offset(key.page(), key.pageSize()), matching.size());
        int to = Math.min(from + key.pageSize(), matching.size());
        return SearchResult.of(new Page<>(matching.subList(from, to), matching.size(), Math.max(key.page(), 1),
                key.pageSize()), view -> EnvironmentNode.of(view, key.actor()));
    }

    private static boolean matches(EnvironmentView view, String term) {
        if (term == null || term.isBlank()) {
            return true;
        }
        String needle = term.trim().toLowerCase(Locale.ROOT);
        return view.label().toLowerCase(Locale.ROOT).contains(needle)
                || (view.description() != null && view.description().toLowerCase(Locale.ROOT).contains(needle));
    }
}
