package io.grantline.graphql.environment;

import static io.grantline.api.permission.ResourcePermissions.DELETE_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.ENABLE_ENVIRONMENT_SUBSCRIPTIONS;
import static io.grantline.api.permission.ResourcePermissions.GET_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.LINK_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ENVIRONMENT;
import static io.grantline.api.permission.TenantPermission.MANAGE_ENVIRONMENTS;
import static io.grantline.graphql.environment.EnvironmentReads.requiredUri;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.environment.EnvironmentCommands.CreateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.DeleteEnvironment;
import io.grantline.api.environment.EnvironmentCommands.DisableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.EnableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironment;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentPage;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironments;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** data.all's environment operations: link, update, delete, read, list, and data subscriptions. */
@DgsComponent
public class EnvironmentDataFetcher {

    public record SimplifiedSearchResult(int count, List<EnvironmentNode> nodes) {
    }

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;
    private final EnvironmentReads reads;

    public EnvironmentDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands,
                                  Queries queries, EnvironmentReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
    }

    @DgsMutation
    public EnvironmentNode createEnvironment(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "createEnvironment";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String organizationUri = requiredUri(action, "organizationUri", string(input, "organizationUri"));
        authorizer.requireResource(actor, organizationUri, LINK_ENVIRONMENT);
        String adminGroup = string(input, "SamlGroupName");
        if (adminGroup == null || adminGroup.isBlank()) {
            throw new RequiredParameter(action, "SamlGroupName");
        }
        authorizer.requireMember(actor, adminGroup, LINK_ENVIRONMENT, organizationUri);
        reads.requireOrganizationTeam(organizationUri, adminGroup, action, "SamlGroupName");
        String environmentUri = ResourceUris.next();
        commands.send(new CreateEnvironment(environmentUri, organizationUri, string(input, "label"),
                string(input, "description"), string(input, "AwsAccountId"), string(input, "region"), adminGroup,
                strings(input, "tags"), string(input, "resourcePrefix"), parameters(input),
                string(input, "EnvironmentDefaultIAMRoleArn"), string(input, "PermissionsBoundaryPolicyArn"),
                string(input, "vpcId"), strings(input, "subnetIds"), ResourceUris.next(), actor),
                environmentUri, actor);
        return reads.node(environmentUri, actor);
    }

    @DgsMutation
    public EnvironmentNode updateEnvironment(@InputArgument String environmentUri,
                                             @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateEnvironment";
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri(action, "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, UPDATE_ENVIRONMENT);
        String adminGroup = string(input, "SamlGroupName");
        if (adminGroup != null && !adminGroup.isBlank()) {
            authorizer.requireMember(actor, adminGroup, UPDATE_ENVIRONMENT, uri);
            EnvironmentView current = reads.view(uri);
            if (!adminGroup.equals(current.samlGroupName())) {
                reads.requireOrganizationTeam(current.organizationUri(), adminGroup, action, "SamlGroupName");
            }
        }
        commands.send(new UpdateEnvironment(uri, string(input, "label"), string(input, "description"),
                strings(input, "tags"), adminGroup, string(input, "resourcePrefix"),
                input != null && input.containsKey("parameters") ? parameters(input) : null,
                string(input, "PermissionsBoundaryPolicyArn"), string(input, "vpcId"), strings(input, "subnetIds"),
                actor), uri, actor);
        return reads.node(uri, actor);
    }

    @DgsMutation
    public Boolean deleteEnvironment(@InputArgument String environmentUri, @InputArgument Boolean deleteFromAWS) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("deleteEnvironment", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, DELETE_ENVIRONMENT);
        commands.send(new DeleteEnvironment(uri, Boolean.TRUE.equals(deleteFromAWS), actor), uri, actor);
        return true;
    }

    @DgsQuery
    public EnvironmentNode getEnvironment(@InputArgument String environmentUri) {
        Actor actor = currentActor.get();
        String uri = requiredUri("getEnvironment", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, GET_ENVIRONMENT);
        return reads.node(uri, actor);
    }

    @DgsQuery
    public SearchResult<EnvironmentNode> listEnvironments(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Paging paging = EnvironmentReads.paging(filter, 5);
        EnvironmentPage result = queries.ask(new ListEnvironments(actor.username(), actor.groups(), paging.term(),
                string(filter, "SamlGroupName"), false, paging.page(), paging.pageSize()), EnvironmentPage.class);
        return SearchResult.of(result.page(), view -> EnvironmentNode.of(view, actor));
    }

    /** The caller's environments whose stack is deployed, all of them on one page as data.all answers. */
    @DgsQuery
    public SimplifiedSearchResult listValidEnvironments(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Paging paging = Paging.of(filter);
        EnvironmentPage result = queries.ask(new ListEnvironments(actor.username(), actor.groups(), paging.term(),
                string(filter, "SamlGroupName"), true, 1, Paging.MAX_PAGE_SIZE), EnvironmentPage.class);
        return new SimplifiedSearchResult(result.page().count(),
                result.page().nodes().stream().map(view -> EnvironmentNode.of(view, actor)).toList());
    }

    @DgsMutation
    public Boolean enableDataSubscriptions(@InputArgument String environmentUri,
                                           @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("enableDataSubscriptions", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, ENABLE_ENVIRONMENT_SUBSCRIPTIONS);
        commands.send(new EnableDataSubscriptions(uri, string(input, "producersTopicArn"), actor), uri, actor);
        return true;
    }

    /** data.all checks ENABLE_ENVIRONMENT_SUBSCRIPTIONS for disabling too. */
    @DgsMutation(field = "DisableDataSubscriptions")
    public Boolean disableDataSubscriptions(@InputArgument String environmentUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        String uri = requiredUri("DisableDataSubscriptions", "environmentUri", environmentUri);
        authorizer.requireResource(actor, uri, ENABLE_ENVIRONMENT_SUBSCRIPTIONS);
        commands.send(new DisableDataSubscriptions(uri, actor), uri, actor);
        return true;
    }

    /** data.all's parameters: a list of key/value pairs. */
    @SuppressWarnings("unchecked")
    static Map<String, String> parameters(Map<String, Object> input) {
        Object value = input == null ? null : input.get("parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> pair && pair.get("key") != null) {
                    Object parameterValue = ((Map<String, Object>) pair).get("value");
                    parameters.put(pair.get("key").toString(), parameterValue == null ? "" : parameterValue.toString());
                }
            }
        }
        return parameters;
    }
}
