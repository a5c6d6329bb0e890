package io.grantline.graphql.dataset;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetView;

/** data.all's userRoleForDataset: Creator, then Admin (owner team), then DataSteward, else NoPermission. */
final class DatasetRoles {

    static final String CREATOR = "Creator";
    static final String ADMIN = "Admin";
    static final String DATA_STEWARD = "DataSteward";
    static final String NO_PERMISSION = "NoPermission";

    private DatasetRoles() {
    }

    static String roleOf(DatasetView dataset, Actor actor) {
        if (dataset == null) {
            return null;
        }
        if (actor.username().equals(dataset.owner())) {
            return CREATOR;
        }
        if (actor.isMemberOf(dataset.samlAdminGroupName())) {
            return ADMIN;
        }
        if (dataset.stewards() != null && actor.isMemberOf(dataset.stewards())) {
            return DATA_STEWARD;
        }
        return NO_PERMISSION;
    }

    /** Owner team and stewards may see what confidential (not Unclassified) datasets hold, as in data.all. */
    static boolean isOwnerOrSteward(DatasetView dataset, Actor actor) {
        return actor.isMemberOf(dataset.samlAdminGroupName())
                || (dataset.stewards() != null && actor.isMemberOf(dataset.stewards()));
    }
}
