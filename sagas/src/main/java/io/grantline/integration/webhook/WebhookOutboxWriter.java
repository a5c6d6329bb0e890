package io.grantline.integration.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.webhook.EventTypes;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionCreated;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionDeleted;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionUpdated;
import io.grantline.integration.CloudEventEnvelope;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Turns every event an active subscription wants into a pending delivery. Runs in the "webhooks" tracking processor,
 * so the rows are written in the transaction that moves its token: a restart loses nothing, and an event handled
 * twice adds nothing (one row per subscription and event). Never replayed: a replay would post history again.
 */
@ProcessingGroup(WebhookOutboxWriter.PROCESSING_GROUP)
@DisallowReplay
public class WebhookOutboxWriter {

    public static final String PROCESSING_GROUP = "webhooks";
    private static final String SUBSCRIPTION_CONTEXT = "webhook";
    private static final String ROUTES_OF_THIS_BATCH = WebhookOutboxWriter.class.getName() + ".routes";

    private final WebhookRoutes routes;
    private final WebhookOutbox outbox;
    private final CloudEventEnvelope envelope;

    public WebhookOutboxWriter(WebhookRoutes routes, WebhookOutbox outbox, CloudEventEnvelope envelope) {
        this.routes = routes;
        this.outbox = outbox;
        this.envelope = envelope;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        followSubscriptionChanges(payload);
        String type = EventTypes.of(event.getPayloadType());
        List<WebhookRoute> wantingTheType = activeRoutes().stream()
                .filter(route -> EventTypes.matches(route.eventTypes(), type)).toList();
        if (wantingTheType.isEmpty()) {
            return;
        }
        ObjectNode cloudEvent = envelope.of(event);
        String resourceUri = event instanceof DomainEventMessage<?> domainEvent
                ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
        Set<String> resources = resourcesOf(resourceUri, payload, cloudEvent.get("data"));
        String body = null;
        for (WebhookRoute route : wantingTheType) {
            if (route.wants(type, resources)) {
                body = body != null ? body : cloudEvent.toString();
                outbox.enqueue(route.subscriptionUri(), event.getIdentifier(), type, resourceUri, body);
            }
        }
    }

    /**
     * The routes, read once per batch (one unit of work, one transaction): only this processor changes them, and it
     * forgets the batch's copy when it does. Not kept longer: another instance may own the processor in between.
     */
    private List<WebhookRoute> activeRoutes() {
        if (!CurrentUnitOfWork.isStarted()) {
            return routes.all();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(ROUTES_OF_THIS_BATCH, key -> routes.all());
    }

    private void followSubscriptionChanges(Object payload) {
        if (payload instanceof WebhookSubscriptionCreated || payload instanceof WebhookSubscriptionUpdated
                || payload instanceof WebhookSubscriptionDeleted) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().resources().remove(ROUTES_OF_THIS_BATCH));
        }
        if (payload instanceof WebhookSubscriptionCreated created) {
            routes.put(created.subscriptionUri(), created.url(), created.eventTypes(), created.resourceUri());
        } else if (payload instanceof WebhookSubscriptionUpdated updated) {
            routes.put(updated.subscriptionUri(), updated.url(), updated.eventTypes(), updated.resourceUri());
        } else if (payload instanceof WebhookSubscriptionDeleted deleted) {
            routes.remove(deleted.subscriptionUri());
            outbox.forget(deleted.subscriptionUri());
        }
    }

    /**
     * The aggregate and every resource the payload names in a top-level *Uri field. A subscription's own events name
     * its filter, not a resource they touch: they concern the subscription alone.
     */
    private static Set<String> resourcesOf(String aggregateId, Object payload, JsonNode data) {
        Set<String> resources = new HashSet<>();
        resources.add(aggregateId);
        boolean aboutASubscription = EventTypes.context(payload.getClass()).equals(SUBSCRIPTION_CONTEXT);
        if (!aboutASubscription && data != null && data.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().endsWith("Uri") && field.getValue().isTextual()) {
                    resources.add(field.getValue().asText());
                }
            }
        }
        return resources;
    }
}
