package io.grantline.api.error;

public class UnauthorizedOperation extends DataallException {

    public UnauthorizedOperation(String username, String permission, String resourceUri) {
        super("UnauthorizedOperation", permission, "User: " + username + " is not authorized to perform: " + permission + " on resource: " + resourceUri);
    }
}
