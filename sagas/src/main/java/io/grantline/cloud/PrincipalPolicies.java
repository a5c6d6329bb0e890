package io.grantline.cloud;

import java.util.List;
import java.util.Optional;

/** The managed IAM policies of an environment account and which of them a role or user has attached. */
public interface PrincipalPolicies {

    /** The names of the managed policies attached to the principal; empty when the account has no such principal. */
    Optional<List<String>> attachedPolicies(String accountId, String region, IamPrincipal principal);

    /** Whether the account has a customer-managed policy of that name. */
    boolean policyExists(String accountId, String region, String policyName);
}
