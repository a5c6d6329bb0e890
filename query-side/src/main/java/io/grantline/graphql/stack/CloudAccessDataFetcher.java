package io.grantline.graphql.stack;

import static io.grantline.api.permission.ResourcePermissions.CREDENTIALS_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.LINK_ENVIRONMENT;
import static io.grantline.api.permission.TenantPermission.MANAGE_ENVIRONMENTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.stack.CloudAccessQueries.ConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.EnvironmentTeamRole;
import io.grantline.api.stack.CloudAccessQueries.FindEnvironmentTeamRole;
import io.grantline.api.stack.CloudAccessQueries.FindPivotRole;
import io.grantline.api.stack.CloudAccessQueries.IssueConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.IssueTeamCredentials;
import io.grantline.api.stack.CloudAccessQueries.PivotRoleView;
import io.grantline.api.stack.CloudAccessQueries.TeamCredentials;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Queries;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What linking an account needs (pivot role name, external id, trust account) and temporary AWS access to an
 * environment as one of its teams, answered by the cloud through the pivot role.
 */
@DgsComponent
public class CloudAccessDataFetcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Queries queries;

    public CloudAccessDataFetcher(CurrentActor currentActor, Authorizer authorizer, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.queries = queries;
    }

    @DgsQuery
    public String getPivotRoleName(@InputArgument String organizationUri) {
        return pivotRole("getPivotRoleName", organizationUri).roleName();
    }

    @DgsQuery
    public String getPivotRoleExternalId(@InputArgument String organizationUri) {
        return pivotRole("getPivotRoleExternalId", organizationUri).externalId();
    }

    @DgsQuery
    public String getTrustAccount(@InputArgument String organizationUri) {
        return pivotRole("getTrustAccount", organizationUri).trustAccount();
    }

    /** data.all's answer: the team role's temporary credentials as a JSON document. */
    @DgsQuery
    public String generateEnvironmentAccessToken(@InputArgument String environmentUri,
                                                 @InputArgument String groupUri) {
        EnvironmentTeamRole role = teamRole("generateEnvironmentAccessToken", environmentUri, groupUri);
        TeamCredentials credentials = queries.ask(new IssueTeamCredentials(role.accountId(), role.region(),
                role.roleArn()), TeamCredentials.class);
        Map<String, String> token = new LinkedHashMap<>();
        token.put("AccessKey", credentials.accessKeyId());
        token.put("SessionKey", credentials.secretAccessKey());
        token.put("sessionToken", credentials.sessionToken());
        try {
            return JSON.writeValueAsString(token);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @DgsQuery
    public String getEnvironmentAssumeRoleUrl(@InputArgument String environmentUri, @InputArgument String groupUri) {
        EnvironmentTeamRole role = teamRole("getEnvironmentAssumeRoleUrl", environmentUri, groupUri);
        return queries.ask(new IssueConsoleSignInUrl(role.accountId(), role.region(), role.roleArn()),
                ConsoleSignInUrl.class).url();
    }

    private PivotRoleView pivotRole(String action, String organizationUri) {
        Actor actor = currentActor.get();
        if (organizationUri == null || organizationUri.isBlank()) {
            throw new RequiredParameter(action, "organizationUri");
        }
        authorizer.requireResource(actor, organizationUri, LINK_ENVIRONMENT);
        return queries.ask(new FindPivotRole(), PivotRoleView.class);
    }

    /** The caller acts as a team of the environment: it must belong to it (the admin team when none is named). */
    private EnvironmentTeamRole teamRole(String action, String environmentUri, String groupUri) {
        Actor actor = currentActor.get();
        if (environmentUri == null || environmentUri.isBlank()) {
            throw new RequiredParameter(action, "environmentUri");
        }
        authorizer.requireTenant(actor, MANAGE_ENVIRONMENTS);
        authorizer.requireResource(actor, environmentUri, CREDENTIALS_ENVIRONMENT);
        if (groupUri != null) {
            authorizer.requireMember(actor, groupUri, CREDENTIALS_ENVIRONMENT, environmentUri);
        }
        EnvironmentTeamRole role = queries.ask(new FindEnvironmentTeamRole(environmentUri, groupUri),
                EnvironmentTeamRole.class);
        authorizer.requireMember(actor, role.groupUri(), CREDENTIALS_ENVIRONMENT, environmentUri);
        return role;
    }
}
