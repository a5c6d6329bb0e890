package io.grantline.projections.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence for an event, from its type name and fields: "alice approved share object shr-123 (2 items)",
 * "bob invited group to environment env-1 \"analysts\"". The verb is the type name's past participle; the subject is
 * the most specific resource the event is about (or its aggregate). Secret fields never reach it (see EventFields).
 */
public final class HistorySummary {

    static final String PLATFORM = "grantline";
    private static final Set<String> IRREGULAR = Set.of("Cast", "Written", "Run", "Set", "Sent", "Built");
    private static final List<String> NAME_FIELDS = List.of("label", "name", "itemName", "groupUri");

    private HistorySummary() {
    }

    public static String of(String actor, String eventType, String subjectUri, ObjectNode fields) {
        List<String> words = words(eventType);
        int verb = -1;
        for (int i = words.size() - 1; i >= 0 && verb < 0; i--) {
            if (words.get(i).endsWith("ed") || IRREGULAR.contains(words.get(i))) {
                verb = i;
            }
        }
        StringBuilder sentence = new StringBuilder(actor == null || actor.isBlank() ? PLATFORM : actor).append(' ');
        if (verb < 0) {
            sentence.append("recorded ").append(lower(words, 0, words.size()));
        } else {
            sentence.append(words.get(verb).toLowerCase(Locale.ROOT));
            String object = lower(words, 0, verb);
            String rest = lower(words, verb + 1, words.size());
            if (!object.isEmpty()) {
                sentence.append(' ').append(object);
            }
            if (!rest.isEmpty()) {
                sentence.append(' ').append(rest);
            }
        }
        if (subjectUri != null && !subjectUri.isBlank()) {
            sentence.append(' ').append(subjectUri);
        }
        String name = name(fields);
        if (name != null) {
            sentence.append(" \"").append(name).append('"');
        }
        int items = items(fields);
        if (items > 0) {
            sentence.append(" (").append(items).append(items == 1 ? " item)" : " items)");
        }
        return sentence.toString();
    }

    static List<String> words(String typeName) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : typeName.toCharArray()) {
            if (Character.isUpperCase(c) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String lower(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to)).toLowerCase(Locale.ROOT);
    }

    private static String name(ObjectNode fields) {
        for (String field : NAME_FIELDS) {
            JsonNode value = fields.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static int items(ObjectNode fields) {
        JsonNode statuses = fields.get("itemStatuses");
        if (statuses != null && statuses.isObject()) {
            return statuses.size();
        }
        JsonNode uris = fields.get("shareItemUris");
        return uris != null && uris.isArray() ? uris.size() : 0;
    }
}
