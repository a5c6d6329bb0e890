package io.grantline.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.MetaDataKeys;
import io.grantline.api.webhook.EventTypes;
import java.io.UncheckedIOException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The CloudEvents 1.0 structured-mode JSON of an event, the one envelope every integration (webhooks, EventBridge)
 * sends. The audit metadata travels as extension attributes (lower-case alphanumeric names, as CloudEvents
 * requires); sequence is the aggregate sequence number, so a receiver can order the events of one resource.
 */
public final class CloudEventEnvelope {

    public static final String SPEC_VERSION = "1.0";
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String SOURCE_PREFIX = "urn:grantline";

    private final ObjectMapper json;

    /** json serializes the payloads; its date handling should match the event store's (ISO-8601 instants). */
    public CloudEventEnvelope(ObjectMapper json) {
        this.json = json;
    }

    /** With a mapper that writes instants as ISO-8601 strings. */
    public CloudEventEnvelope() {
        this(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    public ObjectNode of(EventMessage<?> event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", SPEC_VERSION);
        envelope.put("id", event.getIdentifier());
        envelope.put("source", source(event));
        envelope.put("type", EventTypes.of(event.getPayloadType()));
        if (event instanceof DomainEventMessage<?> domainEvent) {
            envelope.put("subject", domainEvent.getAggregateIdentifier());
        }
        envelope.put("time", event.getTimestamp().toString());
        envelope.put("datacontenttype", DATA_CONTENT_TYPE);
        putText(envelope, "correlationid", event.getMetaData().get(MetaDataKeys.CORRELATION_ID));
        putText(envelope, "causationid", event.getMetaData().get(MetaDataKeys.CAUSATION_ID));
        putText(envelope, "actor", event.getMetaData().get(MetaDataKeys.ACTOR));
        if (event instanceof DomainEventMessage<?> domainEvent) {
            // the CloudEvents sequence extension is a string
            envelope.put("sequence", Long.toString(domainEvent.getSequenceNumber()));
        }
        envelope.set("data", json.valueToTree(event.getPayload()));
        return envelope;
    }

    public String toJson(EventMessage<?> event) {
        try {
            return json.writeValueAsString(of(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** urn:grantline:ShareObject for the events of a share; urn:grantline for events of no aggregate. */
    public static String source(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getType() != null) {
            return SOURCE_PREFIX + ":" + domainEvent.getType();
        }
        return SOURCE_PREFIX;
    }

    private static void putText(ObjectNode envelope, String name, Object value) {
        if (value != null) {
            envelope.put(name, value.toString());
        }
    }
}
