package io.grantline.graphql.vote;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.permission.DatasetPermissions;
import io.grantline.api.vote.VoteTargetTypes;
import java.util.Map;

/** data.all's vote types for the targets Grantline has, and the permission that lets a team vote on each. */
final class VoteTargets {

    static final Map<String, String> VOTE_PERMISSION = Map.of(VoteTargetTypes.DATASET, DatasetPermissions.GET_DATASET);

    private VoteTargets() {
    }

    static String votePermission(String action, String targetType) {
        String permission = VOTE_PERMISSION.get(targetType);
        if (permission == null) {
            throw new InvalidInput(action, "targetType", "unknown vote target type " + targetType + "; one of "
                    + String.join(", ", VOTE_PERMISSION.keySet().stream().sorted().toList()));
        }
        return permission;
    }

    static void requireKnown(String action, String targetType) {
        votePermission(action, targetType);
    }
}
