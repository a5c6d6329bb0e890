package io.grantline.projections.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jooq.JSONB;

/** Lists of strings kept in JSONB columns. */
public final class JsonLists {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private JsonLists() {
    }

    public static JSONB toJsonb(List<String> values) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(values == null ? List.of() : values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static List<String> fromJsonb(JSONB json) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json.data(), STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON list in read model: " + json.data(), e);
        }
    }
}
