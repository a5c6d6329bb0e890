package io.grantline.api.error;

/**
 * A refusal worded as data.all words it, so that clients which match on data.all's error texts keep
 * working: {@code An error occurred (<Code>) when calling <action> operation:\n<message>}.
 */
public abstract class DataallException extends RuntimeException {

    private final String code;
    private final String action;
    private final String detail;

    protected DataallException(String code, String action, String detail) {
        super("An error occurred (" + code + ") when calling " + action + " operation:\n" + detail);
        this.code = code;
        this.action = action;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
