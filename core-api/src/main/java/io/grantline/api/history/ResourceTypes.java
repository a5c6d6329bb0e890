package io.grantline.api.history;

import java.util.List;

/** The kinds of resource the governance history is kept for. */
public final class ResourceTypes {

    public static final String ORGANIZATION = "organization";
    public static final String ENVIRONMENT = "environment";
    public static final String DATASET = "dataset";
    public static final String TABLE = "table";
    public static final String FOLDER = "folder";
    public static final String SHARE = "share";

    public static final List<String> ALL = List.of(ORGANIZATION, ENVIRONMENT, DATASET, TABLE, FOLDER, SHARE);

    private ResourceTypes() {
    }
}
