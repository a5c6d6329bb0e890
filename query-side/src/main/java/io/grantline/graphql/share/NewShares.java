package io.grantline.graphql.share;

import static io.grantline.api.permission.ResourcePermissions.CREATE_SHARE_OBJECT;
import static io.grantline.graphql.support.Inputs.bool;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupViews;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironmentGroups;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.graphql.environment.EnvironmentReads;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Queries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns createShareObject's arguments into CreateShareObject after data.all's checks (its share validator):
 * CREATE_SHARE_OBJECT on the target environment, the caller in the requesting team, the team in the environment
 * holding CREATE_SHARE_OBJECT there; the owner team does not request its own dataset as a Group in the dataset's
 * environment; one region; the principal exists; Write and Modify only within one account; the expiry within the
 * dataset's bounds. Nothing is sent when a check fails.
 */
@Component
public class NewShares {

    private static final String ACTION = "createShareObject";
    private static final String ROLE = "ROLE";

    private final Authorizer authorizer;
    private final Queries queries;
    private final EnvironmentReads environments;
    private final SharedDatasets sharedDatasets;
    private final SharedItems sharedItems;

    public NewShares(Authorizer authorizer, Queries queries, EnvironmentReads environments,
                     SharedDatasets sharedDatasets, SharedItems sharedItems) {
        this.authorizer = authorizer;
        this.queries = queries;
        this.environments = environments;
        this.sharedDatasets = sharedDatasets;
        this.sharedItems = sharedItems;
    }

    public CreateShareObject command(String datasetUri, String itemUri, String itemType, Map<String, Object> input,
                                     Actor actor) {
        String uri = required("datasetUri", datasetUri);
        if (input == null) {
            throw new RequiredParameter(ACTION, "input");
        }
        String environmentUri = required("environmentUri", string(input, "environmentUri"));
        String groupUri = required("groupUri", string(input, "groupUri"));
        String principalId = required("principalId", string(input, "principalId"));
        SharePrincipalType principalType = principalType(required("principalType", string(input, "principalType")));
        List<ShareDataPermission> permissions = permissions(input);
        EnvironmentView environment = environments.view(environmentUri);
        authorizer.requireResource(actor, environmentUri, CREATE_SHARE_OBJECT);
        EnvironmentGroupView team = requireTeam(environment, groupUri, actor);
        DatasetView dataset = sharedDatasets.dataset(uri);
        SharedDataset shared = sharedDatasets.of(dataset);
        requireNotOwnDataset(dataset, environment, groupUri, principalType);
        requireSameRegion(dataset, environment);
        ShareTarget target = target(environment, team, principalType, principalId);
        requireAccountForPermissions(shared, target, permissions);
        Boolean nonExpirable = bool(input, "nonExpirable");
        Integer period = expiration(dataset, input.get("shareExpirationPeriod"), Boolean.TRUE.equals(nonExpirable));
        SharedItem item = itemUri == null && itemType == null ? null
                : sharedItems.resolve(ACTION, dataset, itemType, itemUri);
        return new CreateShareObject(ResourceUris.next(), shared, target, permissions,
                string(input, "requestPurpose"), period, Boolean.TRUE.equals(nonExpirable), item,
                item == null ? null : ResourceUris.next(), actor);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(ACTION, field);
        }
        return value.trim();
    }

    private static SharePrincipalType principalType(String value) {
        return Arrays.stream(SharePrincipalType.values()).filter(type -> type.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput(ACTION, "principalType", "is " + value
                        + "; S3 datasets are shared to a Group or a ConsumptionRole"));
    }

    private static List<ShareDataPermission> permissions(Map<String, Object> input) {
        List<String> names = strings(input, "permissions");
        if (names == null || names.isEmpty()) {
            throw new RequiredParameter(ACTION, "permissions");
        }
        List<ShareDataPermission> permissions = new ArrayList<>();
        for (String name : names) {
            ShareDataPermission permission = Arrays.stream(ShareDataPermission.values())
                    .filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidInput(ACTION, "permissions", "holds " + name
                            + "; the permissions are Read, Write and Modify"));
            if (!permissions.contains(permission)) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    /** data.all's has_group_permission: the caller acts as a team of the environment that may request shares. */
    private EnvironmentGroupView requireTeam(EnvironmentView environment, String groupUri, Actor actor) {
        if (!actor.isMemberOf(groupUri)) {
            throw new UnauthorizedOperation(actor.username(), CREATE_SHARE_OBJECT, environment.environmentUri());
        }
        List<EnvironmentGroupView> teams = queries.ask(new FindEnvironmentGroups(
                List.of(environment.environmentUri()), List.of(groupUri)), EnvironmentGroupViews.class).groups();
        EnvironmentGroupView team = teams.stream().filter(t -> t.groupUri().equals(groupUri)
                && t.environmentUri().equals(environment.environmentUri())).findFirst()
                .orElseThrow(() -> new InvalidInput(ACTION, "groupUri", "names the team " + groupUri
                        + ", which is not a team of the environment " + environment.environmentUri()));
        if (!authorizer.holds(new Actor(actor.username(), List.of(groupUri)), environment.environmentUri(),
                CREATE_SHARE_OBJECT)) {
            throw new UnauthorizedOperation(actor.username(), CREATE_SHARE_OBJECT, environment.environmentUri());
        }
        return team;
    }

    private static void requireNotOwnDataset(DatasetView dataset, EnvironmentView environment, String groupUri,
                                             SharePrincipalType principalType) {
        boolean managesIt = groupUri.equals(dataset.samlAdminGroupName()) || groupUri.equals(dataset.stewards());
        if (managesIt && principalType == SharePrincipalType.Group
                && environment.environmentUri().equals(dataset.environmentUri())) {
            throw new InvalidInput(ACTION, "groupUri", "names the team " + groupUri + ", which is managing the dataset "
                    + dataset.name() + " in the environment " + environment.environmentUri()
                    + " and needs no share of it there");
        }
    }

    private static void requireSameRegion(DatasetView dataset, EnvironmentView environment) {
        if (!environment.region().equals(dataset.region())) {
            throw new InvalidInput(ACTION, "environmentUri", "names an environment in region " + environment.region()
                    + " but the dataset " + dataset.name() + " is stored in region " + dataset.region());
        }
    }

    private ShareTarget target(EnvironmentView environment, EnvironmentGroupView team,
                               SharePrincipalType principalType, String principalId) {
        String roleName;
        String roleArn;
        if (principalType == SharePrincipalType.Group) {
            if (!principalId.equals(team.groupUri())) {
                throw new InvalidInput(ACTION, "principalId", "is " + principalId + " but a Group share goes to the"
                        + " requesting team " + team.groupUri());
            }
            roleName = team.iamRoleName();
            roleArn = team.iamRoleArn();
        } else {
            ConsumptionPrincipalView principal = queries.ask(new FindConsumptionPrincipal(principalId),
                    ConsumptionPrincipalView.class);
            if (principal == null || !principal.environmentUri().equals(environment.environmentUri())
                    || !team.groupUri().equals(principal.groupUri())) {
                throw new InvalidInput(ACTION, "principalId", "names no consumption role of the team "
                        + team.groupUri() + " in the environment " + environment.environmentUri());
            }
            roleName = principal.iamPrincipalName();
            roleArn = principal.iamPrincipalArn();
        }
        if (roleArn == null || roleArn.isBlank()) {
            throw new InvalidInput(ACTION, "principalId", "names a principal without an IAM role in the environment "
                    + environment.environmentUri());
        }
        return new ShareTarget(environment.environmentUri(), environment.label(), environment.organizationUri(),
                environment.awsAccountId(), environment.region(), environment.resourcePrefix(), team.groupUri(),
                principalType, principalId, roleName, roleArn, ROLE);
    }

    private static void requireAccountForPermissions(SharedDataset dataset, ShareTarget target,
                                                     List<ShareDataPermission> permissions) {
        boolean writes = permissions.contains(ShareDataPermission.Write)
                || permissions.contains(ShareDataPermission.Modify);
        if (writes && target.crossAccount(dataset)) {
            throw new InvalidInput(ACTION, "permissions", "hold Write or Modify, which are only granted within one"
                    + " account; the dataset is in account " + dataset.awsAccountId()
                    + " and the environment in account " + target.awsAccountId());
        }
    }

    /** data.all's expiry check; datasets that do not expire keep no period. */
    private static Integer expiration(DatasetView dataset, Object value, boolean nonExpirable) {
        if (!dataset.enableExpiration()) {
            return null;
        }
        Integer period = value instanceof Number n ? n.intValue() : null;
        if (nonExpirable) {
            return period;
        }
        ShareExpirations.requireWithinBounds(ACTION, "shareExpirationPeriod", dataset, period);
        return period;
    }
}
