package io.grantline.projections.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of an event as the history compares them: every record component in declaration order, as JSON,
 * without secrets (anything named like a secret, password, token or credentials, at any depth) and without the
 * instant the fact happened (an Instant named created, approved...; dates such as expiryDate are kept), which the
 * history shows as the event's time.
 */
public final class EventFields {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    private static final Pattern SECRET = Pattern.compile("(?i).*(secret|password|token|credential).*");

    private EventFields() {
    }

    public static boolean isSecret(String fieldName) {
        return SECRET.matcher(fieldName).matches();
    }

    public static ObjectNode of(Object payload) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        if (payload == null) {
            return fields;
        }
        if (!payload.getClass().isRecord()) {
            JsonNode tree = JSON.valueToTree(payload);
            if (tree instanceof ObjectNode object) {
                object.fields().forEachRemaining(field -> {
                    if (!isSecret(field.getKey())) {
                        fields.set(field.getKey(), withoutSecrets(field.getValue()));
                    }
                });
            }
            return fields;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            String name = component.getName();
            if (isSecret(name) || isTimeOfTheFact(component)) {
                continue;
            }
            fields.set(name, withoutSecrets(JSON.valueToTree(value(component, payload))));
        }
        return fields;
    }

    private static boolean isTimeOfTheFact(RecordComponent component) {
        return component.getType() == Instant.class && !component.getName().endsWith("Date");
    }

    private static Object value(RecordComponent component, Object payload) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + payload.getClass(), e);
        }
    }

    private static JsonNode withoutSecrets(JsonNode value) {
        if (value instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecret(field.getKey())) {
                    fields.remove();
                } else {
                    withoutSecrets(field.getValue());
                }
            }
        } else if (value != null && value.isArray()) {
            value.forEach(EventFields::withoutSecrets);
        }
        return value;
    }
}
