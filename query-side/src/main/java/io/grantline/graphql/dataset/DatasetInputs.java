package io.grantline.graphql.dataset;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import java.util.List;
import java.util.Map;

/** Reads of the dataset operations' inputs, and the refusals that need nothing but the input. */
final class DatasetInputs {

    private DatasetInputs() {
    }

    /** A resource URI argument, checked before any permission so that an empty one is named as such. */
    static String requiredUri(String action, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(action, field);
        }
        return value.trim();
    }

    static String requiredText(String action, Map<String, Object> input, String field) {
        String value = Inputs.string(input, field);
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(action, field);
        }
        return value;
    }

    static Integer integer(Map<String, Object> input, String field) {
        Object value = input == null ? null : input.get(field);
        return value instanceof Number number ? number.intValue() : null;
    }

    /** The glossary terms named: each must be a live term, or nothing changes and the error names it. */
    static List<String> terms(String action, Map<String, Object> input, DatasetReads reads) {
        List<String> terms = Inputs.strings(input, "terms");
        if (terms == null || terms.isEmpty()) {
            return terms;
        }
        List<String> live = reads.liveTerms(terms);
        for (String term : terms) {
            if (!live.contains(term)) {
                throw new InvalidInput(action, "terms", "names an unknown glossary term: " + term);
            }
        }
        return terms;
    }

    /** data.all's paging: without any filter some listings show fewer rows than the usual ten. */
    static Paging paging(Map<String, Object> filter, int pageSizeWithoutFilter) {
        Paging paging = Paging.of(filter);
        return filter == null ? new Paging(1, pageSizeWithoutFilter, null) : paging;
    }
}
