package io.grantline.app.axon;

import io.grantline.api.MetaDataKeys;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the audit trail from a message to everything it causes: the actor and the correlation id of
 * the API call are passed on unchanged, and the causation id names the message being handled.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, MetaDataKeys.ACTOR, data);
        copy(message, MetaDataKeys.ACTOR_GROUPS, data);
        Object correlationId = message.getMetaData().get(MetaDataKeys.CORRELATION_ID);
        data.put(MetaDataKeys.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
