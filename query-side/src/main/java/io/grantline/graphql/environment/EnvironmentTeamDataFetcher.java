package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.INVITE_ENVIRONMENT_GROUP;
import static io.grantline.api.permission.ResourcePermissions.LIST_ENVIRONMENT_GROUPS;
import static io.grantline.api.permission.ResourcePermissions.REMOVE_ENVIRONMENT_GROUP;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ENVIRONMENT_GROUP;
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
import graphql.schema.PropertyDataFetcher;
import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentCommands.InviteGroupOnEnvironment;
import io.grantline.api.environment.EnvironmentCommands.RemoveGroupFromEnvironment;
import io.grantline.api.environment.EnvironmentCommands.UpdateGroupEnvironmentPermissions;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupPage;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironmentGroups;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.security.KnownGroups;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Nodes.GroupNode;
import io.grantline.graphql.support.Nodes.PermissionNode;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** data.all's environment team operations: invite, update, remove and the team listings. */
@DgsComponent
public class EnvironmentTeamDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;
    private final EnvironmentReads reads;
    private final KnownGroups knownGroups;

    public EnvironmentTeamDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands,
                                      Queries queries, EnvironmentReads reads, KnownGroups knownGroups) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
        this.knownGroups = knownGroups;
    }

    @DgsMutation
    public EnvironmentNode inviteGroupOnEnvironment(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "inviteGroupOnEnvironment";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri(action, "environmentUri", string(input, "environmentUri"));
        authorizer.requireResource(actor, uri, INVITE_ENVIRONMENT_GROUP);
        String group = requiredUri(action, "groupUri", string(input, "groupUri"));
        EnvironmentView environment = reads.view(uri);
        reads.requireOrganizationTeam(environment.organizationUri(), group, action, "groupUri");
        commands.send(new InviteGroupOnEnvironment(uri, group, strings(input, "permissions"),
                string(input, "environmentIAMRoleArn"), actor), uri, actor);
        knownGroups.recordInvitation(group, actor);
        return reads.node(uri, actor);
    }

    @DgsMutation
    public EnvironmentNode updateGroupEnvironmentPermissions(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("updateGroupEnvironmentPermissions", "environmentUri",
                string(input, "environmentUri"));
        authorizer.requireResource(actor, uri, UPDATE_ENVIRONMENT_GROUP);
        commands.send(new UpdateGroupEnvironmentPermissions(uri, string(input, "groupUri"),
                strings(input, "permissions"), actor), uri, actor);
        return reads.node(uri, actor);
    }

    @DgsMutation
    public EnvironmentNode removeGroupFromEnvironment(@InputArgument String environmentUri,
                                                      @InputArgument String groupUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("removeGroupFromEnvironment", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, REMOVE_ENVIRONMENT_GROUP);
        commands.send(new RemoveGroupFromEnvironment(uri, groupUri, actor), uri, actor);
        return reads.node(uri, actor);
    }

    /** The caller's own teams in the environment. */
    @DgsQuery
    public SearchResult<GroupNode> listEnvironmentGroups(@InputArgument String environmentUri,
                                                         @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        return groups("listEnvironmentGroups", actor, environmentUri, actor.groups(), false,
                EnvironmentReads.paging(filter, Paging.MAX_PAGE_SIZE));
    }

    @DgsQuery
    public SearchResult<GroupNode> listAllEnvironmentGroups(@InputArgument String environmentUri,
                                                            @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        return groups("listAllEnvironmentGroups", actor, environmentUri, null, false, Paging.of(filter));
    }

    @DgsQuery
    public SearchResult<GroupNode> listEnvironmentInvitedGroups(@InputArgument String environmentUri,
                                                                @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        return groups("listEnvironmentInvitedGroups", actor, environmentUri, null, true, Paging.of(filter));
    }

    @DgsQuery
    public List<PermissionNode> listEnvironmentGroupInvitationPermissions() {
        currentActor.get();
        return PermissionNode.resources(List.copyOf(ResourcePermissions.ENVIRONMENT_INVITATION_DESCRIPTIONS.keySet()));
    }

    /** A team's permissions on an environment, for every team of a listing in one read. */
    @DgsData(parentType = "Group", field = "environmentPermissions")
    public CompletableFuture<List<PermissionNode>> environmentPermissions(DgsDataFetchingEnvironment dfe,
                                                                          @InputArgument String environmentUri) {
        String groupUri = new PropertyDataFetcher<String>("groupUri").get(dfe);
        DataLoader<TeamEnvironmentPermissionsLoader.Key, List<PermissionNode>> loader =
                dfe.getDataLoader(TeamEnvironmentPermissionsLoader.class);
        return loader.load(new TeamEnvironmentPermissionsLoader.Key(groupUri, environmentUri, currentActor.get()));
    }

    private SearchResult<GroupNode> groups(String action, Actor actor, String environmentUri, List<String> groups,
                                           boolean invitedOnly, Paging paging) {
        String uri = requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, LIST_ENVIRONMENT_GROUPS);
        EnvironmentGroupPage result = queries.ask(new ListEnvironmentGroups(uri, groups, invitedOnly, paging.term(),
                paging.page(), paging.pageSize()), EnvironmentGroupPage.class);
        return SearchResult.of(result.page(), EnvironmentTeamDataFetcher::groupNode);
    }

    static GroupNode groupNode(EnvironmentGroupView view) {
        return new GroupNode(view.groupUri(), view.groupUri(), view.groupUri(), null, view.invitedBy(),
                view.invitedBy(), view.created(), view.updated(), List.of(), view.iamRoleArn(), view.iamRoleName(),
                view.athenaWorkGroup());
    }
}
