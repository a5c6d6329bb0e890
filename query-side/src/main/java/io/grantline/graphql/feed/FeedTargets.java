package io.grantline.graphql.feed;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.permission.DatasetPermissions;
import java.util.Map;

/** data.all's feed registry for the targets Grantline has: the permission that lets a team read each kind. */
final class FeedTargets {

    static final Map<String, String> READ_PERMISSION = Map.of(
            "Dataset", DatasetPermissions.GET_DATASET,
            "DatasetTable", DatasetPermissions.GET_DATASET_TABLE,
            "DatasetStorageLocation", DatasetPermissions.GET_DATASET_FOLDER);

    private FeedTargets() {
    }

    static String readPermission(String action, String targetType) {
        String permission = READ_PERMISSION.get(targetType);
        if (permission == null) {
            throw new InvalidInput(action, "targetType", "unknown feed target type " + targetType + "; one of "
                    + String.join(", ", READ_PERMISSION.keySet().stream().sorted().toList()));
        }
        return permission;
    }
}
