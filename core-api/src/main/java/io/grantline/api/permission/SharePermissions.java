package io.grantline.api.permission;

import java.util.List;

/** data.all's resource permissions on share objects (share_permissions.py). */
public final class SharePermissions {

    public static final String ADD_ITEM = "ADD_ITEM";
    public static final String REMOVE_ITEM = "REMOVE_ITEM";
    public static final String SUBMIT_SHARE_OBJECT = "SUBMIT_SHARE_OBJECT";
    public static final String APPROVE_SHARE_OBJECT = "APPROVE_SHARE_OBJECT";
    public static final String REJECT_SHARE_OBJECT = "REJECT_SHARE_OBJECT";
    public static final String DELETE_SHARE_OBJECT = "DELETE_SHARE_OBJECT";
    public static final String GET_SHARE_OBJECT = "GET_SHARE_OBJECT";
    public static final String LIST_SHARED_ITEMS = "LIST_SHARED_ITEMS";

    /** What the requesting team holds on its share. */
    public static final List<String> SHARE_OBJECT_REQUESTER = List.of(ADD_ITEM, REMOVE_ITEM, SUBMIT_SHARE_OBJECT,
            GET_SHARE_OBJECT, LIST_SHARED_ITEMS, DELETE_SHARE_OBJECT);

    /**
     * What the dataset's owner team and stewards hold on each share of it (and the requesting team too when the
     * dataset approves automatically).
     */
    public static final List<String> SHARE_OBJECT_APPROVER = List.of(ADD_ITEM, REMOVE_ITEM, APPROVE_SHARE_OBJECT,
            REJECT_SHARE_OBJECT, DELETE_SHARE_OBJECT, GET_SHARE_OBJECT, LIST_SHARED_ITEMS);

    /** What the requesting team gets on a table once it is shared to it. */
    public static final List<String> SHARED_TABLE = List.of(DatasetPermissions.GET_DATASET_TABLE,
            DatasetPermissions.PREVIEW_DATASET_TABLE);

    /** What the requesting team gets on a folder once it is shared to it. */
    public static final List<String> SHARED_FOLDER = List.of(DatasetPermissions.GET_DATASET_FOLDER);

    private SharePermissions() {
    }
}
