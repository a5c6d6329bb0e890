package io.grantline.cloud;

/** The call got no answer in time, or the service was unavailable; it may or may not have taken effect. */
public class CloudTimeoutException extends CloudException {

    public CloudTimeoutException(String message) {
        this(message, null);
    }

    public CloudTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
