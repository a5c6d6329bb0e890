package io.grantline.api.error;

public class RequiredParameter extends DataallException {

    public RequiredParameter(String action, String parameter) {
        super("RequiredParameter", action, parameter + " is required", parameter);
    }
}
