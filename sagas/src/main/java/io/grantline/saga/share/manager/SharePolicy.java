package io.grantline.saga.share.manager;

import io.grantline.api.share.ShareTarget;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.ManagedPolicies;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.saga.platform.SharePolicyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The principal's managed share policy (data.all's {@code <prefix>-env-<envUri>-share-policy-<role>-0}) in the
 * target account: statements whose resource lists name what is shared with the principal. Grantline keeps every
 * statement in the first indexed policy (data.all splits them over more policies only past IAM's size limit). A
 * policy left without statements gets data.all's placeholder statement, since IAM refuses an empty one.
 */
final class SharePolicy {

    static final String EMPTY_STATEMENT_SID = "EmptyStatement";
    private static final PolicyStatement EMPTY_STATEMENT = PolicyStatement.allow(EMPTY_STATEMENT_SID)
            .actions(List.of("none:null")).resources(List.of("*"));

    /** Resources for the statement of the template's Sid. */
    record Entry(PolicyStatement template, List<String> resources) {
    }

    private final ManagedPolicies managedPolicies;
    private final PrincipalPolicies principalPolicies;

    SharePolicy(ManagedPolicies managedPolicies, PrincipalPolicies principalPolicies) {
        this.managedPolicies = managedPolicies;
        this.principalPolicies = principalPolicies;
    }

    static String nameOf(ShareTarget target) {
        return SharePolicyNames.indexed(target.resourcePrefix(), target.environmentUri(), target.principalName(), 0);
    }

    /** Adds the resources, creating the policy if needed, and attaches it to the principal. */
    void add(ShareTarget target, List<Entry> entries) {
        String name = nameOf(target);
        Optional<String> existing = managedPolicies.document(target.awsAccountId(), name);
        PolicyDocument policy = PolicyDocument.parse(existing);
        policy.remove(EMPTY_STATEMENT_SID);
        entries.forEach(entry -> policy.addResources(entry.template(), entry.resources()));
        if (existing.isEmpty() || policy.changed()) {
            managedPolicies.save(target.awsAccountId(), name, policy.toJson());
        }
        managedPolicies.attach(target.awsAccountId(), principalOf(target), name);
    }

    /** Takes the resources out of their statements, dropping statements left empty; the policy stays attached. */
    void remove(ShareTarget target, List<Entry> entries) {
        String name = nameOf(target);
        Optional<String> existing = managedPolicies.document(target.awsAccountId(), name);
        if (existing.isEmpty()) {
            return;
        }
        PolicyDocument policy = PolicyDocument.parse(existing);
        entries.forEach(entry -> policy.removeResources(entry.template().sid(), entry.resources()));
        if (policy.isEmpty()) {
            policy.put(EMPTY_STATEMENT);
        }
        if (policy.changed()) {
            managedPolicies.save(target.awsAccountId(), name, policy.toJson());
        }
    }

    List<String> missing(ShareTarget target, List<Entry> entries) {
        String name = nameOf(target);
        Optional<String> existing = managedPolicies.document(target.awsAccountId(), name);
        if (existing.isEmpty()) {
            return List.of("missing IAM policy " + name + " in account " + target.awsAccountId());
        }
        List<String> missing = new ArrayList<>();
        Optional<List<String>> attached = principalPolicies.attachedPolicies(target.awsAccountId(), target.region(),
                principalOf(target));
        if (attached.isEmpty()) {
            missing.add("missing IAM " + principalOf(target).type().name().toLowerCase() + " "
                    + target.principalName() + " in account " + target.awsAccountId());
        } else if (!attached.get().contains(name)) {
            missing.add("IAM policy " + name + " is not attached to " + target.principalName());
        }
        PolicyDocument policy = PolicyDocument.parse(existing);
        for (Entry entry : entries) {
            String sid = entry.template().sid();
            List<String> held = policy.resources(sid);
            List<String> lacking = entry.resources().stream().filter(resource -> !held.contains(resource)).toList();
            if (!lacking.isEmpty()) {
                missing.add("missing IAM policy resources " + String.join(", ", lacking) + " in statement " + sid
                        + " of " + name);
            }
        }
        return missing;
    }

    static IamPrincipal principalOf(ShareTarget target) {
        IamPrincipal.Type type = "USER".equalsIgnoreCase(target.principalIamType())
                ? IamPrincipal.Type.USER : IamPrincipal.Type.ROLE;
        return new IamPrincipal(type, target.principalName());
    }
}
