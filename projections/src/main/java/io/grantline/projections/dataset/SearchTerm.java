package io.grantline.projections.dataset;

import java.util.Arrays;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A listing's free-text filter: any of the fields contains the term, ignoring case; no filter when blank. */
public final class SearchTerm {

    private SearchTerm() {
    }

    public static Condition matches(String term, Field<?>... fields) {
        if (term == null || term.isBlank()) {
            return DSL.noCondition();
        }
        String value = term.trim();
        return DSL.or(Arrays.stream(fields)
                .map(field -> DSL.cast(field, String.class).containsIgnoreCase(value))
                .toList());
    }
}
