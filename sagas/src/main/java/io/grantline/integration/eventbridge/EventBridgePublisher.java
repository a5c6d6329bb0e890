package io.grantline.integration.eventbridge;

import io.grantline.api.webhook.EventTypes;
import io.grantline.integration.CloudEventEnvelope;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts events on an EventBridge bus, at most ten entries per PutEvents call (EventBridge's limit): Source is the
 * configured source, DetailType the event's public type, Detail its CloudEvents envelope. A call that fails, or that
 * EventBridge answers with failed entries, throws: the caller sends the whole batch again, so delivery is at least
 * once (a receiver drops repeats by the envelope's id).
 */
public class EventBridgePublisher {

    public static final int MAX_ENTRIES_PER_CALL = 10;

    private final EventBridgeClient client;
    private final EventBridgeSettings settings;
    private final CloudEventEnvelope envelope;

    public EventBridgePublisher(EventBridgeClient client, EventBridgeSettings settings, CloudEventEnvelope envelope) {
        this.client = client;
        this.settings = settings;
        this.envelope = envelope;
    }

    public void publish(List<? extends EventMessage<?>> events) {
        for (int from = 0; from < events.size(); from += MAX_ENTRIES_PER_CALL) {
            List<? extends EventMessage<?>> chunk = events.subList(from,
                    Math.min(from + MAX_ENTRIES_PER_CALL, events.size()));
            put(chunk);
        }
    }

    private void put(List<? extends EventMessage<?>> events) {
        List<PutEventsRequestEntry> entries = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            entries.add(entry(event));
        }
        PutEventsResponse response = client.putEvents(PutEventsRequest.builder().entries(entries).build());
        Integer failed = response.failedEntryCount();
        if (failed != null && failed > 0) {
            throw new EventBridgePublishFailed(failed + " of " + entries.size() + " events were refused by bus "
                    + settings.busName() + ": " + failures(events, response.entries()));
        }
    }

    PutEventsRequestEntry entry(EventMessage<?> event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(settings.busName())
                .source(settings.source())
                .detailType(EventTypes.of(event.getPayloadType()))
                .detail(envelope.toJson(event))
                .time(event.getTimestamp())
                .build();
    }

    /** Result entries answer the request's entries in order; a failed one carries an error code. */
    private static String failures(List<? extends EventMessage<?>> events, List<PutEventsResultEntry> results) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < results.size() && i < events.size(); i++) {
            PutEventsResultEntry result = results.get(i);
            if (result.errorCode() != null) {
                failures.add(events.get(i).getIdentifier() + " (" + result.errorCode() + ": " + result.errorMessage()
                        + ")");
            }
        }
        return String.join(", ", failures);
    }
}
