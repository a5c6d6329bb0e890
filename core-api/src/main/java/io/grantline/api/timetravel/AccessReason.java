package io.grantline.api.timetravel;

/** Why a team or principal could access a resource. */
public enum AccessReason {
    /** The dataset's owner team (its SamlAdminGroupName). */
    OWNER_TEAM,
    /** The admin team of the environment the dataset lives in. */
    ENVIRONMENT_ADMIN_TEAM,
    /** The dataset's stewards team. */
    STEWARDS,
    /** A share whose grant of the item had succeeded in the cloud and was not revoked yet. */
    SHARE
}
