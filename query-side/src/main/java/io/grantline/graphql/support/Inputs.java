package io.grantline.graphql.support;

import java.util.List;
import java.util.Map;

/** Typed reads of GraphQL input objects, which DGS hands over as maps. */
public final class Inputs {

    private Inputs() {
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
