package io.grantline.cloud;

/**
 * The role Grantline assumes in every environment account, and the external id (one per deployment) that the
 * role's trust policy requires, as data.all's pivot role.
 */
public record PivotRole(String roleName, String externalId) {

    public PivotRole {
        if (roleName == null || roleName.isBlank()) {
            throw new IllegalArgumentException("The pivot role name must be set");
        }
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("The pivot role external id must be set");
        }
    }

    public String arnIn(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }
}
