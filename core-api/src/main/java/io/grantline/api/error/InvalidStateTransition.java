package io.grantline.api.error;

public class InvalidStateTransition extends DataallException {

    public InvalidStateTransition(String action, String message) {
        super("UnauthorizedOperation", action, message);
    }
}
