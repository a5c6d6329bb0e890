package io.grantline.projections.support;

/** The processing group of every read-table projection; the API waits on it for read-your-writes. */
public final class ReadModel {

    public static final String PROCESSING_GROUP = "read-model";

    private ReadModel() {
    }
}
