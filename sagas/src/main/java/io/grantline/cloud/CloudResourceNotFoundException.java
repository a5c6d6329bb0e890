package io.grantline.cloud;

/** The resource the call names does not exist (any more). */
public class CloudResourceNotFoundException extends CloudException {

    public CloudResourceNotFoundException(String message) {
        this(message, null);
    }

    public CloudResourceNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
