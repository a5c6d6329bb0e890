package io.grantline.api.permission;

import java.util.List;

/** data.all's resource permissions on datasets, their tables and folders (dataset_permissions.py). */
public final class DatasetPermissions {

    public static final String GET_DATASET = "GET_DATASET";
    public static final String LIST_DATASET_FOLDERS = "LIST_DATASET_FOLDERS";
    public static final String CREDENTIALS_DATASET = "CREDENTIALS_DATASET";
    public static final String UPDATE_DATASET = "UPDATE_DATASET";
    public static final String SYNC_DATASET = "SYNC_DATASET";
    public static final String IMPORT_DATASET = "IMPORT_DATASET";
    public static final String CRAWL_DATASET = "CRAWL_DATASET";
    public static final String DELETE_DATASET = "DELETE_DATASET";
    public static final String UPDATE_DATASET_TABLE = "UPDATE_DATASET_TABLE";
    public static final String DELETE_DATASET_TABLE = "DELETE_DATASET_TABLE";
    public static final String PROFILE_DATASET_TABLE = "PROFILE_DATASET_TABLE";
    public static final String CREATE_DATASET_FOLDER = "CREATE_DATASET_FOLDER";
    public static final String UPDATE_DATASET_FOLDER = "UPDATE_DATASET_FOLDER";
    public static final String DELETE_DATASET_FOLDER = "DELETE_DATASET_FOLDER";

    public static final String GET_DATASET_TABLE = "GET_DATASET_TABLE";
    public static final String PREVIEW_DATASET_TABLE = "PREVIEW_DATASET_TABLE";
    public static final String CREATE_TABLE_DATA_FILTER = "CREATE_TABLE_DATA_FILTER";
    public static final String DELETE_TABLE_DATA_FILTER = "DELETE_TABLE_DATA_FILTER";
    public static final String LIST_TABLE_DATA_FILTERS = "LIST_TABLE_DATA_FILTERS";

    public static final String GET_DATASET_FOLDER = "GET_DATASET_FOLDER";

    /** What the dataset's stewards hold. */
    public static final List<String> DATASET_READ = List.of(GET_DATASET, LIST_DATASET_FOLDERS, CREDENTIALS_DATASET);

    /** What the dataset's owner team and the environment's admin team hold. */
    public static final List<String> DATASET_ALL = List.of(GET_DATASET, LIST_DATASET_FOLDERS, CREDENTIALS_DATASET,
            UPDATE_DATASET, SYNC_DATASET, IMPORT_DATASET, CRAWL_DATASET, DELETE_DATASET, UPDATE_DATASET_TABLE,
            DELETE_DATASET_TABLE, PROFILE_DATASET_TABLE, CREATE_DATASET_FOLDER, UPDATE_DATASET_FOLDER,
            DELETE_DATASET_FOLDER);

    /** What the dataset's owner and environment admin teams hold on each of its tables. */
    public static final List<String> DATASET_TABLE_ALL = List.of(GET_DATASET_TABLE, PREVIEW_DATASET_TABLE,
            CREATE_TABLE_DATA_FILTER, DELETE_TABLE_DATA_FILTER, LIST_TABLE_DATA_FILTERS);

    /** What the dataset's stewards hold on each of its tables. */
    public static final List<String> DATASET_TABLE_READ = List.of(GET_DATASET_TABLE, PREVIEW_DATASET_TABLE);

    /** What the dataset's owner and environment admin teams and stewards hold on each of its folders. */
    public static final List<String> DATASET_FOLDER_READ = List.of(GET_DATASET_FOLDER);

    private DatasetPermissions() {
    }
}
