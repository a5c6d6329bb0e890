package io.grantline.api.platform;

import java.util.List;

/**
 * Queries answered by the platform's cloud rather than by a read table: links to the CloudFormation templates an
 * account owner deploys before linking an account, and the share policies of an IAM principal of an environment.
 */
public final class PlatformQueries {

    private PlatformQueries() {
    }

    /** The templates data.all hands out before an account is linked. */
    public enum PlatformTemplate {
        /** The pivot role, trusted by the platform's account with the deployment's external id. */
        PIVOT_ROLE,
        /** The IAM policy the account's CDK bootstrap gives CloudFormation to deploy environments with. */
        CDK_EXEC_POLICY
    }

    /** A URL that downloads the template, filled in for this deployment, without other credentials for a while. */
    public record FindTemplateLink(PlatformTemplate template) {
    }

    public record TemplateLink(String url) {
    }

    /** The data.all-managed share policies of an IAM role or user (principalType ROLE or USER) of the environment. */
    public record FindPrincipalPolicies(String environmentUri, String principalName, String principalType) {
    }

    /**
     * One managed policy of the principal.
     *
     * @param attached ATTACHED, NOTATTACHED, or NOTAPPLICABLE (the principal is unknown, or its policies are
     *                 managed outside the platform)
     */
    public record PrincipalPolicyView(String policyName, String policyType, boolean exists, String attached) {
    }

    public record PrincipalPolicyViews(List<PrincipalPolicyView> policies) {

        public PrincipalPolicyViews {
            policies = policies == null ? List.of() : List.copyOf(policies);
        }
    }
}
