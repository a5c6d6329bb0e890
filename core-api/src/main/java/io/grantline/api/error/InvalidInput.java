package io.grantline.api.error;

public class InvalidInput extends DataallException {

    public InvalidInput(String action, String parameter, String problem) {
        super("InvalidInput", action, parameter + " " + problem, parameter);
    }
}
