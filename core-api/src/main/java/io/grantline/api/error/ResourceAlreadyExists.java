package io.grantline.api.error;

public class ResourceAlreadyExists extends DataallException {

    public ResourceAlreadyExists(String action, String message) {
        super("ResourceAlreadyExists", action, message);
    }
}
