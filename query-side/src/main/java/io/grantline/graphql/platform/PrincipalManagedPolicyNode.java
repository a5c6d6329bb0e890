package io.grantline.graphql.platform;

import io.grantline.api.platform.PlatformQueries.PrincipalPolicyView;

/** data.all's PrincipalManagedPolicy, its fields named as data.all's schema names them. */
public record PrincipalManagedPolicyNode(String policy_name, String policy_type, Boolean exists, String attached) {

    static PrincipalManagedPolicyNode of(PrincipalPolicyView view) {
        return new PrincipalManagedPolicyNode(view.policyName(), view.policyType(), view.exists(), view.attached());
    }
}
