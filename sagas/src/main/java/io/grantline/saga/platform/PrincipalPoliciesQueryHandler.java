package io.grantline.saga.platform;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.platform.PlatformQueries.FindPrincipalPolicies;
import io.grantline.api.platform.PlatformQueries.PrincipalPolicyView;
import io.grantline.api.platform.PlatformQueries.PrincipalPolicyViews;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.PrincipalPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;

/**
 * data.all's getConsumptionPrincipalPolicies: the managed share policies the platform keeps for an IAM role or user
 * of the environment's account, whether each exists and whether the principal has it attached.
 */
public class PrincipalPoliciesQueryHandler {

    static final String SHARE_POLICY = "SharePolicy";
    static final String ATTACHED = "ATTACHED";
    static final String NOT_ATTACHED = "NOTATTACHED";
    static final String NOT_APPLICABLE = "NOTAPPLICABLE";

    /** IAM lets a role or user have at most 20 managed policies, so no principal has more share policies. */
    private static final int MAX_SHARE_POLICIES = 20;

    private final PrincipalPolicies principalPolicies;
    private final EventStore eventStore;

    public PrincipalPoliciesQueryHandler(PrincipalPolicies principalPolicies, EventStore eventStore) {
        this.principalPolicies = principalPolicies;
        this.eventStore = eventStore;
    }

    @QueryHandler
    PrincipalPolicyViews handle(FindPrincipalPolicies query) {
        EnvironmentAccount environment = EnvironmentAccount.load(eventStore, query.environmentUri())
                .orElseThrow(() -> new ObjectNotFound("Environment", query.environmentUri()));
        IamPrincipal principal = new IamPrincipal(IamPrincipal.Type.valueOf(query.principalType()),
                query.principalName());
        Optional<List<String>> attached = principalPolicies.attachedPolicies(environment.accountId(),
                environment.region(), principal);
        List<Integer> numbered = numberedFromZero(environment, principal);
        SortedSet<Integer> indexes = new TreeSet<>(numbered);
        indexes.addAll(attachedShareIndexes(environment, principal, attached.orElse(List.of())));
        if (indexes.isEmpty()) {
            // nothing made yet: show the policy the principal gets first, so that the gap shows
            indexes.add(0);
        }
        boolean notApplicable = attached.isEmpty()
                || environment.policiesManagedElsewhere(arnOf(environment, principal));
        List<PrincipalPolicyView> policies = new ArrayList<>();
        for (int index : indexes) {
            String name = nameOf(environment, principal, index);
            boolean exists = numbered.contains(index)
                    || principalPolicies.policyExists(environment.accountId(), environment.region(), name);
            String status = notApplicable ? NOT_APPLICABLE
                    : attached.get().contains(name) ? ATTACHED : NOT_ATTACHED;
            policies.add(new PrincipalPolicyView(name, SHARE_POLICY, exists, status));
        }
        return new PrincipalPolicyViews(policies);
    }

    /** The share policies that exist in a row from index 0: data.all makes the next when one is full. */
    private List<Integer> numberedFromZero(EnvironmentAccount environment, IamPrincipal principal) {
        List<Integer> existing = new ArrayList<>();
        for (int index = 0; index < MAX_SHARE_POLICIES; index++) {
            if (!principalPolicies.policyExists(environment.accountId(), environment.region(),
                    nameOf(environment, principal, index))) {
                break;
            }
            existing.add(index);
        }
        return existing;
    }

    private static List<Integer> attachedShareIndexes(EnvironmentAccount environment, IamPrincipal principal,
                                                      List<String> attached) {
        return attached.stream()
                .map(name -> SharePolicyNames.indexOf(name, environment.resourcePrefix(),
                        environment.environmentUri(), principal.name()))
                .filter(index -> index >= 0)
                .toList();
    }

    private static String nameOf(EnvironmentAccount environment, IamPrincipal principal, int index) {
        return SharePolicyNames.indexed(environment.resourcePrefix(), environment.environmentUri(),
                principal.name(), index);
    }

    private static String arnOf(EnvironmentAccount environment, IamPrincipal principal) {
        return "arn:aws:iam::" + environment.accountId() + ":" + principal.type().name().toLowerCase() + "/"
                + principal.name();
    }
}
