package io.grantline.api.error;

public class ObjectNotFound extends DataallException {

    public ObjectNotFound(String type, String uri) {
        super("ObjectNotFound", "GET", type + " " + uri + " not found");
    }
}
