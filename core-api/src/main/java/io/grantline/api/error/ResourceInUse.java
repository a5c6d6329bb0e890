package io.grantline.api.error;

public class ResourceInUse extends DataallException {

    public ResourceInUse(String action, String message) {
        super("ResourceInUse", action, message);
    }
}
