package io.grantline.cloud;

/** A cloud call that failed in a way the caller can act on; {@link #isRetriable()} says whether waiting helps. */
public abstract class CloudException extends RuntimeException {

    protected CloudException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract boolean isRetriable();
}
