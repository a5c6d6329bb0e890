package io.grantline.graphql.timetravel;

import io.grantline.api.error.InvalidInput;
import io.grantline.graphql.support.Inputs;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The instant a time travel looks at: an ISO-8601 instant, refused naming the field `at` otherwise. */
final class TimeTravelInputs {

    static final String AT = "at";

    private TimeTravelInputs() {
    }

    static Instant at(String action, String value) {
        Inputs.required(action, AT, value);
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(action, AT, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, got "
                    + value);
        }
    }
}
