package io.grantline.api.error;

public class UnauthorizedOperation extends DataallException {

    public UnauthorizedOperation(String username, String permission, String resourceUri) {
        super("UnauthorizedOperation", permission, "User: " + username + " is not authorized to perform: " + permission + " on resource: " + resourceUri);
    }

    /** A refusal that is not about a permission, e.g. a share state machine transition that is not possible. */
    public UnauthorizedOperation(String action, String message) {
        super("UnauthorizedOperation", action, message);
    }
}
