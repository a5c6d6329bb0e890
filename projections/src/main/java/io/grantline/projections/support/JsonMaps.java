package io.grantline.projections.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSONB;

/** String-to-string maps (environment parameters, stack outputs) kept in JSONB columns. */
public final class JsonMaps {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> STRINGS = new TypeReference<>() {
    };

    private JsonMaps() {
    }

    public static JSONB toJsonb(Map<String, String> values) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(values == null ? Map.of() : values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Map<String, String> fromJsonb(JSONB json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json.data(), STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON map in read model: " + json.data(), e);
        }
    }
}
