package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.ADD_ENVIRONMENT_CONSUMPTION_ROLES;
import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_CONSUMPTION_ROLES;
import static io.grantline.api.permission.ResourcePermissions.REMOVE_ENVIRONMENT_CONSUMPTION_ROLE;
import static io.grantline.api.permission.TenantPermission.MANAGE_ENVIRONMENTS;
import static io.grantline.graphql.environment.EnvironmentReads.requiredUri;
import static io.grantline.graphql.support.Inputs.string;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.environment.EnvironmentCommands.AddConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.RemoveConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.UpdateConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalPage;
import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalView;
import io.grantline.api.environment.EnvironmentQueries.FindConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentQueries.ListConsumptionPrincipals;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;

/** data.all's consumption principals: IAM roles and users of the environment's account that consume shared data. */
@DgsComponent
public class ConsumptionPrincipalDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public ConsumptionPrincipalDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands,
                                           Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsMutation
    public ConsumptionPrincipalNode addConsumptionPrincipalToEnvironment(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("addConsumptionPrincipalToEnvironment", "environmentUri",
                string(input, "environmentUri"));
        authorizer.requireResource(actor, uri, ADD_ENVIRONMENT_CONSUMPTION_ROLES);
        String principalUri = ResourceUris.next();
        commands.send(new AddConsumptionPrincipal(uri, principalUri, string(input, "consumptionPrincipalName"),
                string(input, "groupUri"), string(input, "IAMPrincipalArn"), string(input, "dataallManaged"), actor),
                uri, actor);
        return find(principalUri);
    }

    @DgsMutation
    public ConsumptionPrincipalNode updateConsumptionPrincipal(@InputArgument String consumptionPrincipalUri,
                                                               @InputArgument String environmentUri,
                                                               @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateConsumptionPrincipal";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String principalUri = requiredUri(action, "consumptionPrincipalUri", consumptionPrincipalUri);
        String uri = requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, principalUri, REMOVE_ENVIRONMENT_CONSUMPTION_ROLE);
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        commands.send(new UpdateConsumptionPrincipal(uri, principalUri, string(input, "consumptionPrincipalName"),
                string(input, "groupUri"), string(input, "dataallManaged"), actor), uri, actor);
        return find(principalUri);
    }

    @DgsMutation
    public Boolean removeConsumptionPrincipalFromEnvironment(@InputArgument String consumptionPrincipalUri,
                                                             @InputArgument String environmentUri) {
        Actor actor = currentActor.get();
        String action = "removeConsumptionPrincipalFromEnvironment";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String principalUri = requiredUri(action, "consumptionPrincipalUri", consumptionPrincipalUri);
        String uri = requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, principalUri, REMOVE_ENVIRONMENT_CONSUMPTION_ROLE);
        commands.send(new RemoveConsumptionPrincipal(uri, principalUri, actor), uri, actor);
        return true;
    }

    /** The environment's principals that belong to the caller's teams. */
    @DgsQuery
    public SearchResult<ConsumptionPrincipalNode> listEnvironmentConsumptionPrincipals(
            @InputArgument String environmentUri, @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        return ofEnvironment("listEnvironmentConsumptionPrincipals", actor, environmentUri, actor.groups(), filter,
                EnvironmentReads.paging(filter, Paging.MAX_PAGE_SIZE));
    }

    @DgsQuery
    public SearchResult<ConsumptionPrincipalNode> listAllEnvironmentConsumptionPrincipals(
            @InputArgument String environmentUri, @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        return ofEnvironment("listAllEnvironmentConsumptionPrincipals", actor, environmentUri, null, filter,
                Paging.of(filter));
    }

    /** Every principal, in any environment, that belongs to one of the caller's teams. */
    @DgsQuery
    public SearchResult<ConsumptionPrincipalNode> listAllConsumptionPrincipals(
            @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Paging paging = EnvironmentReads.paging(filter, 5);
        ConsumptionPrincipalPage result = queries.ask(new ListConsumptionPrincipals(null, actor.groups(),
                string(filter, "groupUri"), paging.term(), paging.page(), paging.pageSize()),
                ConsumptionPrincipalPage.class);
        return SearchResult.of(result.page(), ConsumptionPrincipalNode::of);
    }

    private SearchResult<ConsumptionPrincipalNode> ofEnvironment(String action, Actor actor, String environmentUri,
                                                                 List<String> groups, Map<String, Object> filter,
                                                                 Paging paging) {
        String uri = requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, LIST_ENVIRONMENT_CONSUMPTION_ROLES);
        ConsumptionPrincipalPage result = queries.ask(new ListConsumptionPrincipals(uri, groups,
                string(filter, "groupUri"), paging.term(), paging.page(), paging.pageSize()),
                ConsumptionPrincipalPage.class);
        return SearchResult.of(result.page(), ConsumptionPrincipalNode::of);
    }

    private ConsumptionPrincipalNode find(String principalUri) {
        ConsumptionPrincipalView view = queries.ask(new FindConsumptionPrincipal(principalUri),
                ConsumptionPrincipalView.class);
        if (view == null) {
            throw new ObjectNotFound("ConsumptionPrincipal", principalUri);
        }
        return ConsumptionPrincipalNode.of(view);
    }
}
