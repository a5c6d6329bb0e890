package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.CREATE_NETWORK;
import static io.grantline.api.permission.ResourcePermissions.DELETE_NETWORK;
import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_NETWORKS;
import static io.grantline.api.permission.TenantPermission.MANAGE_ENVIRONMENTS;
import static io.grantline.graphql.environment.EnvironmentReads.requiredUri;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.environment.EnvironmentCommands.CreateNetwork;
import io.grantline.api.environment.EnvironmentCommands.DeleteNetwork;
import io.grantline.api.environment.EnvironmentQueries.FindNetwork;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironmentNetworks;
import io.grantline.api.environment.EnvironmentQueries.NetworkPage;
import io.grantline.api.environment.EnvironmentQueries.NetworkView;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** data.all's networks (core/vpc): VPCs of the environment's account registered for a team. */
@DgsComponent
public class NetworkDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public NetworkDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    /** data.all's group check as well: the caller acts as the network's team, which must hold CREATE_NETWORK. */
    @DgsMutation
    public VpcNode createNetwork(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "createNetwork";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri(action, "environmentUri", string(input, "environmentUri"));
        authorizer.requireResource(actor, uri, CREATE_NETWORK);
        String group = string(input, "SamlGroupName");
        if (group == null || group.isBlank()) {
            throw new RequiredParameter(action, "SamlGroupName");
        }
        authorizer.requireMember(actor, group, CREATE_NETWORK, uri);
        if (!authorizer.holds(new Actor(actor.username(), List.of(group)), uri, CREATE_NETWORK)) {
            throw new UnauthorizedOperation(actor.username(), CREATE_NETWORK, uri);
        }
        String vpcUri = ResourceUris.next();
        commands.send(new CreateNetwork(uri, vpcUri, string(input, "vpcId"), string(input, "label"),
                string(input, "description"), group, strings(input, "privateSubnetIds"),
                strings(input, "publicSubnetIds"), strings(input, "tags"), actor), uri, actor);
        return VpcNode.of(find(vpcUri));
    }

    @DgsMutation
    public Boolean deleteNetwork(@InputArgument String vpcUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("deleteNetwork", "vpcUri", vpcUri);
        authorizer.requireResource(actor, uri, DELETE_NETWORK);
        NetworkView network = find(uri);
        commands.send(new DeleteNetwork(network.environmentUri(), uri, actor), network.environmentUri(), actor);
        return true;
    }

    @DgsQuery
    public SearchResult<VpcNode> listEnvironmentNetworks(@InputArgument String environmentUri,
                                                         @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String uri = requiredUri("listEnvironmentNetworks", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, LIST_ENVIRONMENT_NETWORKS);
        Paging paging = Paging.of(filter);
        NetworkPage result = queries.ask(new ListEnvironmentNetworks(uri, paging.term(), paging.page(),
                paging.pageSize()), NetworkPage.class);
        return SearchResult.of(result.page(), VpcNode::of);
    }

    /** The environment's networks the caller may see (GET_NETWORK), as data.all resolves Environment.networks. */
    @DgsData(parentType = "Environment", field = "networks")
    @DgsData(parentType = "EnvironmentSimplified", field = "networks")
    public CompletableFuture<List<VpcNode>> environmentNetworks(DgsDataFetchingEnvironment dfe) {
        EnvironmentNode environment = dfe.getSource();
        DataLoader<EnvironmentKey, List<VpcNode>> loader = dfe.getDataLoader(EnvironmentNetworksLoader.class);
        return loader.load(new EnvironmentKey(environment.environmentUri(), currentActor.get()));
    }

    @DgsData(parentType = "Vpc", field = "environment")
    public CompletableFuture<EnvironmentNode> networkEnvironment(DgsDataFetchingEnvironment dfe) {
        VpcNode network = dfe.getSource();
        DataLoader<EnvironmentKey, EnvironmentNode> loader = dfe.getDataLoader(EnvironmentLoader.class);
        return loader.load(new EnvironmentKey(network.environmentUri(), currentActor.get()));
    }

    private NetworkView find(String vpcUri) {
        NetworkView view = queries.ask(new FindNetwork(vpcUri), NetworkView.class);
        if (view == null) {
            throw new ObjectNotFound("Vpc", vpcUri);
        }
        return view;
    }
}
