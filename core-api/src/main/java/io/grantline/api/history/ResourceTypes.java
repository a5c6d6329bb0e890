package io.grantline.api.history;

import io.grantline.api.permission.DatasetPermissions;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.api.permission.SharePermissions;
import java.util.List;
import java.util.Map;

/** The kinds of resource the governance history is kept for. */
public final class ResourceTypes {

    public static final String ORGANIZATION = "organization";
    public static final String ENVIRONMENT = "environment";
    public static final String DATASET = "dataset";
    public static final String TABLE = "table";
    public static final String FOLDER = "folder";
    public static final String SHARE = "share";

    public static final List<String> ALL = List.of(ORGANIZATION, ENVIRONMENT, DATASET, TABLE, FOLDER, SHARE);

    /** The permission each kind's own read operation checks (getDataset, getShareObject, ...). */
    private static final Map<String, String> READ_PERMISSIONS = Map.of(
            ORGANIZATION, ResourcePermissions.GET_ORGANIZATION,
            ENVIRONMENT, ResourcePermissions.GET_ENVIRONMENT,
            DATASET, DatasetPermissions.GET_DATASET,
            TABLE, DatasetPermissions.GET_DATASET_TABLE,
            FOLDER, DatasetPermissions.GET_DATASET_FOLDER,
            SHARE, SharePermissions.GET_SHARE_OBJECT);

    /** Whoever holds this on a resource of the kind may read it, and so its past; null for an unknown kind. */
    public static String readPermission(String type) {
        return type == null ? null : READ_PERMISSIONS.get(type);
    }

    private ResourceTypes() {
    }
}
