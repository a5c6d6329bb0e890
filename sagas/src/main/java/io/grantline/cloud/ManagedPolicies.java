package io.grantline.cloud;

import java.util.Optional;

/** Customer-managed IAM policies of an account, as share policies use them. */
public interface ManagedPolicies {

    /** The default version's document (JSON) of the policy; empty when the account has no such policy. */
    Optional<String> document(String accountId, String policyName);

    /**
     * Creates the policy, or makes the document its new default version (dropping the oldest non-default
     * version when IAM's five-version limit is reached).
     */
    void save(String accountId, String policyName, String policyJson);

    /** Attaches the policy to the principal unless it is attached. */
    void attach(String accountId, IamPrincipal principal, String policyName);
}
