package io.grantline.cdk.environment;

import io.grantline.cdk.LogicalIds;
import io.grantline.cdk.Require;

/**
 * A team (group) of the environment: its IAM role and its Athena workgroup.
 *
 * @param imported true when the team brings an existing role, which the stack then neither creates nor changes
 */
public record TeamRoleProps(String groupUri, String roleName, String athenaWorkGroup, boolean imported) {

    public TeamRoleProps {
        Require.notBlank(groupUri, "groupUri");
        Require.notBlank(roleName, "roleName");
        Require.notBlank(athenaWorkGroup, "athenaWorkGroup");
        if (LogicalIds.sanitize(groupUri).isEmpty()) {
            throw new IllegalArgumentException(
                    "groupUri '" + groupUri + "' must contain at least one ASCII letter or digit");
        }
    }
}
