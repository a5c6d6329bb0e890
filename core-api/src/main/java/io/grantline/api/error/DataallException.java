package io.grantline.api.error;

import java.util.Optional;

/**
 * A refusal worded as data.all words it, so that clients which match on data.all's error texts keep
 * working: {@code An error occurred (<Code>) when calling <action> operation:\n<message>}.
 */
public abstract class DataallException extends RuntimeException {

    private final String code;
    private final String action;
    private final String detail;
    private final String field;

    protected DataallException(String code, String action, String detail) {
        this(code, action, detail, null);
    }

    /** A refusal of one input field's value, so that a form can show it next to that field. */
    protected DataallException(String code, String action, String detail, String field) {
        super("An error occurred (" + code + ") when calling " + action + " operation:\n" + detail);
        this.code = code;
        this.action = action;
        this.detail = detail;
        this.field = field;
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

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
