package io.grantline.cloud;

/** The cloud asked the caller to slow down; the same call succeeds later. */
public class CloudThrottledException extends CloudException {

    public CloudThrottledException(String message) {
        this(message, null);
    }

    public CloudThrottledException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
