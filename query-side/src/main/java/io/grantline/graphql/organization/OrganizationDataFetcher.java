package io.grantline.graphql.organization;

import static io.grantline.api.permission.ResourcePermissions.DELETE_ORGANIZATION;
import static io.grantline.api.permission.ResourcePermissions.GET_ORGANIZATION;
import static io.grantline.api.permission.ResourcePermissions.INVITE_ORGANIZATION_GROUP;
import static io.grantline.api.permission.ResourcePermissions.REMOVE_ORGANIZATION_GROUP;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ORGANIZATION;
import static io.grantline.api.permission.TenantPermission.MANAGE_ORGANIZATIONS;
import static io.grantline.graphql.support.Inputs.required;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.organization.OrganizationCommands.ArchiveOrganization;
import io.grantline.api.organization.OrganizationCommands.CreateOrganization;
import io.grantline.api.organization.OrganizationCommands.InviteGroupToOrganization;
import io.grantline.api.organization.OrganizationCommands.RemoveGroupFromOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganizationGroup;
import io.grantline.api.organization.OrganizationQueries.FindOrganization;
import io.grantline.api.organization.OrganizationQueries.FindOrganizationGroup;
import io.grantline.api.organization.OrganizationQueries.ListOrganizationGroups;
import io.grantline.api.organization.OrganizationQueries.ListOrganizations;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupPage;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupView;
import io.grantline.api.organization.OrganizationQueries.OrganizationPage;
import io.grantline.api.organization.OrganizationQueries.OrganizationView;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.security.KnownGroups;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Nodes.DescribedPermissionNode;
import io.grantline.graphql.support.Nodes.GroupNode;
import io.grantline.graphql.support.Nodes.PermissionNode;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;

/** data.all's organization operations. */
@DgsComponent
public class OrganizationDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;
    private final KnownGroups knownGroups;

    public OrganizationDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands,
                                   Queries queries, KnownGroups knownGroups) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
        this.knownGroups = knownGroups;
    }

    @DgsMutation
    public OrganizationNode createOrganization(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        if (input == null) {
            throw new RequiredParameter("createOrganization", "input");
        }
        String owner = string(input, "SamlGroupName");
        if (owner == null || owner.isBlank()) {
            throw new RequiredParameter("createOrganization", "SamlGroupName");
        }
        if (!actor.isMemberOf(owner) && !authorizer.isTenantAdmin(actor)) {
            throw new InvalidInput("createOrganization", "SamlGroupName",
                    "must be a team you belong to; " + actor.username() + " is not a member of " + owner);
        }
        String organizationUri = ResourceUris.next();
        commands.send(new CreateOrganization(organizationUri, string(input, "label"), string(input, "description"),
                strings(input, "tags"), owner, actor), organizationUri, actor);
        return find(organizationUri, actor);
    }

    @DgsMutation
    public OrganizationNode updateOrganization(@InputArgument String organizationUri,
                                               @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        required("updateOrganization", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, UPDATE_ORGANIZATION);
        commands.send(new UpdateOrganization(organizationUri, string(input, "label"), string(input, "description"),
                strings(input, "tags"), actor), organizationUri, actor);
        return find(organizationUri, actor);
    }

    @DgsMutation
    public Boolean archiveOrganization(@InputArgument String organizationUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        required("archiveOrganization", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, DELETE_ORGANIZATION);
        commands.send(new ArchiveOrganization(organizationUri, actor), organizationUri, actor);
        return true;
    }

    @DgsMutation
    public OrganizationNode inviteGroupToOrganization(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String organizationUri = string(input, "organizationUri");
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        required("inviteGroupToOrganization", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, INVITE_ORGANIZATION_GROUP);
        String group = string(input, "groupUri");
        commands.send(new InviteGroupToOrganization(organizationUri, group, strings(input, "permissions"), actor),
                organizationUri, actor);
        knownGroups.recordInvitation(group, actor);
        return find(organizationUri, actor);
    }

    @DgsMutation
    public OrganizationNode updateOrganizationGroup(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String organizationUri = string(input, "organizationUri");
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        required("updateOrganizationGroup", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, INVITE_ORGANIZATION_GROUP);
        commands.send(new UpdateOrganizationGroup(organizationUri, string(input, "groupUri"),
                strings(input, "permissions"), actor), organizationUri, actor);
        return find(organizationUri, actor);
    }

    @DgsMutation
    public OrganizationNode removeGroupFromOrganization(@InputArgument String organizationUri,
                                                        @InputArgument String groupUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ORGANIZATIONS);
        required("removeGroupFromOrganization", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, REMOVE_ORGANIZATION_GROUP);
        commands.send(new RemoveGroupFromOrganization(organizationUri, groupUri, actor), organizationUri, actor);
        return find(organizationUri, actor);
    }

    @DgsQuery
    public OrganizationNode getOrganization(@InputArgument String organizationUri) {
        Actor actor = currentActor.get();
        required("getOrganization", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, GET_ORGANIZATION);
        return find(organizationUri, actor);
    }

    @DgsQuery
    public SearchResult<OrganizationNode> listOrganizations(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Paging paging = Paging.of(filter);
        boolean displayArchived = filter != null && Boolean.TRUE.equals(filter.get("displayArchived"));
        OrganizationPage result = queries.ask(new ListOrganizations(actor.groups(), paging.term(), displayArchived,
                paging.page(), paging.pageSize()), OrganizationPage.class);
        return SearchResult.of(result.page(), view -> OrganizationNode.of(view, actor, true));
    }

    @DgsQuery
    public SearchResult<GroupNode> listOrganizationGroups(@InputArgument String organizationUri,
                                                          @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        required("listOrganizationGroups", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, GET_ORGANIZATION);
        Paging paging = Paging.of(filter);
        OrganizationGroupPage result = queries.ask(new ListOrganizationGroups(organizationUri, paging.term(),
                paging.page(), paging.pageSize()), OrganizationGroupPage.class);
        return SearchResult.of(result.page(), view -> GroupNode.of(view.groupUri(), view.invitedBy(), view.created()));
    }

    @DgsQuery
    public List<PermissionNode> listOrganizationGroupPermissions(@InputArgument String organizationUri,
                                                                 @InputArgument String groupUri) {
        Actor actor = currentActor.get();
        required("listOrganizationGroupPermissions", "organizationUri", organizationUri);
        authorizer.requireResource(actor, organizationUri, GET_ORGANIZATION);
        required("listOrganizationGroupPermissions", "groupUri", groupUri);
        OrganizationGroupView group = queries.ask(new FindOrganizationGroup(organizationUri, groupUri),
                OrganizationGroupView.class);
        if (group == null) {
            throw new ObjectNotFound("Team " + groupUri + " in organization", organizationUri);
        }
        return PermissionNode.resources(group.permissions());
    }

    @DgsQuery
    public List<DescribedPermissionNode> listInviteOrganizationPermissionsWithDescriptions() {
        currentActor.get();
        return ResourcePermissions.ORGANIZATION_INVITATION_DESCRIPTIONS.entrySet().stream()
                .map(e -> new DescribedPermissionNode(e.getKey(), e.getValue())).toList();
    }

    private OrganizationNode find(String organizationUri, Actor actor) {
        OrganizationView view = queries.ask(new FindOrganization(organizationUri), OrganizationView.class);
        if (view == null) {
            throw new ObjectNotFound("Organization", organizationUri);
        }
        return OrganizationNode.of(view, actor, authorizer.holds(actor, organizationUri, GET_ORGANIZATION));
    }
}
