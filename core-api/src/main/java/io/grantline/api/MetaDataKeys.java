package io.grantline.api;

/** Keys of the audit metadata every command and event carries. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String ACTOR_GROUPS = "actorGroups";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetaDataKeys() {
    }
}
