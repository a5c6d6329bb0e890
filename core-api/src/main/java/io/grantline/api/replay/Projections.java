package io.grantline.api.replay;

import java.util.List;

/** The projections an administrator may rebuild or verify, by the name of their processing group. */
public final class Projections {

    /** The read tables of the API (and the read-your-writes progress), rebuilt in a scratch schema. */
    public static final String READ_MODEL = "read-model";
    /** The OpenSearch catalog, rebuilt by replaying its own processor. */
    public static final String CATALOG = "catalog";
    /** The governance history and time-travel index, rebuilt by replaying its own processor. */
    public static final String GOVERNANCE = "governance";

    public static final List<String> NAMES = List.of(READ_MODEL, CATALOG, GOVERNANCE);
    /** Those rebuilt in a scratch schema, which can be compared with the live one. */
    public static final List<String> VERIFIABLE = List.of(READ_MODEL);

    private Projections() {
    }

}
