package io.grantline.graphql.platform;

import static io.grantline.api.permission.ResourcePermissions.GET_ENVIRONMENT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.platform.PlatformQueries.FindPrincipalPolicies;
import io.grantline.api.platform.PlatformQueries.PrincipalPolicyViews;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The platform's share policies of an IAM role or user of an environment's account, as the account's IAM has them. */
@DgsComponent
public class PrincipalPoliciesDataFetcher {

    private static final String ACTION = "getConsumptionPrincipalPolicies";
    private static final Set<String> PRINCIPAL_TYPES = Set.of("ROLE", "USER");
    /** IAM's rule for role and user names. */
    private static final Pattern IAM_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Queries queries;

    public PrincipalPoliciesDataFetcher(CurrentActor currentActor, Authorizer authorizer, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.queries = queries;
    }

    @DgsQuery
    public List<PrincipalManagedPolicyNode> getConsumptionPrincipalPolicies(
            @InputArgument String environmentUri, @InputArgument("IAMPrincipalName") String principalName,
            @InputArgument("IAMPrincipalType") String principalType) {
        Actor actor = currentActor.get();
        String uri = required("environmentUri", environmentUri);
        String name = required("IAMPrincipalName", principalName);
        String type = required("IAMPrincipalType", principalType);
        if (!PRINCIPAL_TYPES.contains(type)) {
            throw new InvalidInput(ACTION, "IAMPrincipalType", type + " is not one of ROLE, USER");
        }
        if (!IAM_NAME.matcher(name).matches()) {
            throw new InvalidInput(ACTION, "IAMPrincipalName", name
                    + " is not an IAM name (up to 64 letters, digits and +=,.@_-)");
        }
        authorizer.requireResource(actor, uri, GET_ENVIRONMENT);
        return queries.ask(new FindPrincipalPolicies(uri, name, type), PrincipalPolicyViews.class).policies()
                .stream().map(PrincipalManagedPolicyNode::of).toList();
    }

    private static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(ACTION, parameter);
        }
        return value.trim();
    }
}
