package io.grantline.cloud;

/** The cloud rejected the request itself (invalid template, invalid parameter): repeating it cannot help. */
public class CloudRequestFailedException extends CloudException {

    public CloudRequestFailedException(String message) {
        this(message, null);
    }

    public CloudRequestFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
