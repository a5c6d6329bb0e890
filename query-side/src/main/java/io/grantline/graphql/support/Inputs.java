package io.grantline.graphql.support;

import io.grantline.api.error.RequiredParameter;
import java.util.List;
import java.util.Map;

/** Typed reads of GraphQL input objects, which DGS hands over as maps. */
public final class Inputs {

    private Inputs() {
    }

    /** The identifier an operation acts on; blank ones are refused naming the field rather than as unauthorized. */
    public static String required(String action, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(action, field);
        }
        return value;
    }

    public static String string(Map<String, Object> input, String field) {
        Object value = input == null ? null : input.get(field);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Map<String, Object> input, String field) {
        Object value = input == null ? null : input.get(field);
        return value == null ? null : ((List<Object>) value).stream().map(v -> v == null ? null : v.toString())
                .filter(v -> v != null).toList();
    }

    public static Boolean bool(Map<String, Object> input, String field) {
        Object value = input == null ? null : input.get(field);
        return value == null ? null : (Boolean) value;
    }
}
