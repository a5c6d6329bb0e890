package io.grantline.projections.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.history.HistoryQueries.GovernanceChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Compares an event's fields with the last known values of its subject: every field whose value differs is a
 * change, with its before and after. Large values (a table's column list) are kept only as a digest and a short
 * description, so the history does not hold a second copy of what the event store already has.
 */
public final class FieldDiff {

    static final int LARGE = 2000;
    private static final String DIGEST = "$digest";
    private static final String ABOUT = "$about";

    private FieldDiff() {
    }

    /** The changes, and the subject's state after the event. */
    public record Result(List<GovernanceChange> changes, ObjectNode state) {
    }

    /** ignored: fields that name the subject rather than describe it (its uri, its aggregate's uri). */
    public static Result of(ObjectNode known, ObjectNode fields, Set<String> ignored) {
        ObjectNode state = known == null ? JsonNodeFactory.instance.objectNode() : known.deepCopy();
        List<GovernanceChange> changes = new ArrayList<>();
        fields.fields().forEachRemaining(field -> {
            if (ignored.contains(field.getKey())) {
                return;
            }
            JsonNode after = compact(field.getValue());
            JsonNode before = state.has(field.getKey()) ? state.get(field.getKey()) : NullNode.getInstance();
            if (!before.equals(after)) {
                changes.add(new GovernanceChange(field.getKey(), text(before), text(after)));
            }
            state.set(field.getKey(), after);
        });
        return new Result(changes, state);
    }

    /** A value as the history shows it: text as is, lists and objects as JSON, large ones by their description. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject() && value.has(DIGEST)) {
            return value.get(ABOUT).asText();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    static JsonNode compact(JsonNode value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        String json = value.toString();
        if (json.length() <= LARGE) {
            return value;
        }
        return JsonNodeFactory.instance.objectNode().put(DIGEST, sha256(json)).put(ABOUT, about(value, json));
    }

    private static String about(JsonNode value, String json) {
        if (value.isArray()) {
            return "[" + value.size() + " items]";
        }
        if (value.isObject()) {
            return "{" + value.size() + " fields}";
        }
        return json.length() + " characters";
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
