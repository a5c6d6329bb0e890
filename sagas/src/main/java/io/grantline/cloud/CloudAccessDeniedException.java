package io.grantline.cloud;

/** The cloud refused the call: a role that cannot be assumed (wrong external id, missing trust) or a missing grant. */
public class CloudAccessDeniedException extends CloudException {

    public CloudAccessDeniedException(String message) {
        this(message, null);
    }

    public CloudAccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
