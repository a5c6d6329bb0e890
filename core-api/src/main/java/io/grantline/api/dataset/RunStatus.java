package io.grantline.api.dataset;

/** States of crawler and profiling runs, as Glue names them and data.all shows them. */
public final class RunStatus {

    public static final String STARTING = "STARTING";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    private RunStatus() {
    }
}
