package io.grantline.command.validation;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import java.util.Collection;

/** Guard clauses shared by the aggregates; each refusal names the field and the problem. */
public final class Require {

    private Require() {
    }

    public static String present(String action, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(action, field);
        }
        return value.trim();
    }

    public static String maxLength(String action, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(action, field, "must be at most " + max + " characters long");
        }
        return value;
    }

    public static void allKnown(String action, String field, Collection<String> values, Collection<String> known) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (!known.contains(value)) {
                throw new InvalidInput(action, field, "contains unknown permission " + value
                        + "; expected some of " + known);
            }
        }
    }
}
