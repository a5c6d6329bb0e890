package io.grantline.cloud;

/** The stack is still being changed by an earlier operation; a new deployment must wait for it to settle. */
public class StackBusyException extends CloudException {

    public StackBusyException(String message) {
        this(message, null);
    }

    public StackBusyException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
