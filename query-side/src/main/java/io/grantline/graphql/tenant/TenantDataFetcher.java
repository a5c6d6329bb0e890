package io.grantline.graphql.tenant;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupPage;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironmentGroups;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.organization.OrganizationQueries.FindOrganization;
import io.grantline.api.organization.OrganizationQueries.ListOrganizationGroups;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupPage;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupView;
import io.grantline.api.organization.OrganizationQueries.OrganizationView;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.tenant.TenantCommands.UpdateGroupTenantPermissions;
import io.grantline.api.tenant.TenantQueries.FindGroup;
import io.grantline.api.tenant.TenantQueries.FindGroupsOfUser;
import io.grantline.api.tenant.TenantQueries.FindUsersOfGroup;
import io.grantline.api.tenant.TenantQueries.ListGroupsVisibleToUser;
import io.grantline.api.tenant.TenantQueries.ListTenantGroups;
import io.grantline.api.tenant.TenantQueries.Names;
import io.grantline.api.tenant.TenantQueries.TenantGroupPage;
import io.grantline.api.tenant.TenantQueries.TenantGroupView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Nodes.PermissionNode;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** data.all's teams and tenant permissions (core/groups, core/permissions). */
@DgsComponent
public class TenantDataFetcher {

    public record TenantGroupNode(String groupUri, String name, String label, String created,
                                  List<PermissionNode> tenantPermissions) {

        static TenantGroupNode of(TenantGroupView view) {
            return new TenantGroupNode(view.groupUri(), view.groupUri(), view.groupUri(), view.created(),
                    view.permissions().stream().map(TenantDataFetcher::tenantPermission).toList());
        }
    }

    public record GroupsInfoNode(String groupName) {
    }

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public TenantDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public List<PermissionNode> listTenantPermissions() {
        authorizer.requireTenantAdmin(currentActor.get(), "listTenantPermissions");
        return Arrays.stream(TenantPermission.values()).map(p -> tenantPermission(p.name())).toList();
    }

    @DgsQuery
    public SearchResult<TenantGroupNode> listTenantGroups(@InputArgument Map<String, Object> filter) {
        authorizer.requireTenantAdmin(currentActor.get(), "listTenantGroups");
        Paging paging = Paging.of(filter);
        TenantGroupPage result = queries.ask(new ListTenantGroups(null, paging.term(), paging.page(),
                paging.pageSize()), TenantGroupPage.class);
        return SearchResult.of(result.page(), TenantGroupNode::of);
    }

    @DgsMutation
    public Boolean updateGroupTenantPermissions(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenantAdmin(actor, "updateGroupTenantPermissions");
        String group = Inputs.required("updateGroupTenantPermissions", "groupUri", Inputs.string(input, "groupUri"));
        if (authorizer.adminGroup().equals(group)) {
            throw new InvalidInput("updateGroupTenantPermissions", "groupUri",
                    "names the administrators team " + group + ", which always holds every tenant permission");
        }
        commands.send(new UpdateGroupTenantPermissions(group, Inputs.strings(input, "permissions"), actor), group,
                actor);
        return true;
    }

    @DgsQuery
    public List<GroupsInfoNode> listGroups(@InputArgument Map<String, Object> filter) {
        currentActor.get();
        Set<String> alreadyIn = teamsAlreadyIn(filter);
        // unpaged, as data.all answers every group its identity provider knows
        TenantGroupPage all = queries.ask(new ListTenantGroups(null, null, 1, Integer.MAX_VALUE), TenantGroupPage.class);
        return all.page().nodes().stream().map(TenantGroupView::groupUri).filter(group -> !alreadyIn.contains(group))
                .map(GroupsInfoNode::new).toList();
    }

    /**
     * data.all leaves out the teams already in the organization or environment that the caller is about to invite
     * to.
     */
    private Set<String> teamsAlreadyIn(Map<String, Object> filter) {
        String type = Inputs.string(filter, "type");
        String uri = Inputs.string(filter, "uri");
        if (uri == null || uri.isBlank()) {
            return Set.of();
        }
        if ("organization".equals(type)) {
            return teamsOfOrganization(uri);
        }
        if ("environment".equals(type)) {
            return teamsOfEnvironment(uri);
        }
        return Set.of();
    }

    private Set<String> teamsOfOrganization(String uri) {
        if (queries.ask(new FindOrganization(uri), OrganizationView.class) == null) {
            throw new ObjectNotFound("Organization", uri);
        }
        return queries.ask(new ListOrganizationGroups(uri, null, 1, Paging.MAX_PAGE_SIZE), OrganizationGroupPage.class)
                .page().nodes().stream().map(OrganizationGroupView::groupUri).collect(Collectors.toSet());
    }

    private Set<String> teamsOfEnvironment(String uri) {
        if (queries.ask(new FindEnvironment(uri), EnvironmentView.class) == null) {
            throw new ObjectNotFound("Environment", uri);
        }
        return queries.ask(new ListEnvironmentGroups(uri, null, false, null, 1, Paging.MAX_PAGE_SIZE),
                        EnvironmentGroupPage.class)
                .page().nodes().stream().map(EnvironmentGroupView::groupUri).collect(Collectors.toSet());
    }

    /** data.all limits this listing to the caller's own teams and the teams of the caller's environments. */
    @DgsQuery
    public SearchResult<TenantGroupNode> listAllGroups(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Paging paging = Paging.of(filter);
        TenantGroupPage result = queries.ask(new ListGroupsVisibleToUser(actor.groups(), paging.term(),
                paging.page(), paging.pageSize()), TenantGroupPage.class);
        return SearchResult.of(result.page(), TenantGroupNode::of);
    }

    @DgsQuery
    public List<String> getGroupsForUser(@InputArgument String userid) {
        currentActor.get();
        return queries.ask(new FindGroupsOfUser(Inputs.required("getGroupsForUser", "userid", userid)), Names.class)
                .names();
    }

    @DgsQuery
    public List<String> listUsersForGroup(@InputArgument String groupUri) {
        currentActor.get();
        return queries.ask(new FindUsersOfGroup(Inputs.required("listUsersForGroup", "groupUri", groupUri)),
                Names.class).names();
    }

    @DgsQuery
    public TenantGroupNode getGroup(@InputArgument String groupUri) {
        currentActor.get();
        TenantGroupView view = queries.ask(new FindGroup(Inputs.required("getGroup", "groupUri", groupUri)),
                TenantGroupView.class);
        if (view == null) {
            throw new ObjectNotFound("Team", groupUri);
        }
        return TenantGroupNode.of(view);
    }

    private static PermissionNode tenantPermission(String name) {
        String description = Arrays.stream(TenantPermission.values()).filter(p -> p.name().equals(name))
                .map(TenantPermission::description).findFirst().orElse(name);
        return PermissionNode.tenant(name, description);
    }
}
