package io.grantline.integration.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.webhook.WebhookCommands.RedriveWebhookDeadLetters;
import io.grantline.api.webhook.WebhookCommands.SendWebhookTest;
import io.grantline.api.webhook.WebhookCommands.WebhookTestResult;
import io.grantline.api.webhook.WebhookQueries.ListWebhookDeliveries;
import io.grantline.api.webhook.WebhookQueries.WebhookDeliveryPage;
import io.grantline.integration.CloudEventEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;

/**
 * What administrators do with deliveries: send a test event now, list deliveries and dead letters, and queue dead
 * letters again. The outbox is operational state, not a fact: these change no aggregate.
 */
public class WebhookAdministration {

    /** The CloudEvents type of a test delivery. */
    public static final String TEST_EVENT_TYPE = "io.grantline.webhook.WebhookTest";

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookSecretReader secrets;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookAdministration(WebhookOutbox outbox, WebhookSender sender, WebhookSecretReader secrets,
                                 ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    @CommandHandler
    public WebhookTestResult handle(SendWebhookTest command) {
        String secret = secrets.secretOf(command.subscriptionUri());
        if (secret == null) {
            throw new ObjectNotFound("WebhookSubscription", command.subscriptionUri());
        }
        String deliveryId = UUID.randomUUID().toString();
        String body = testEvent(command, deliveryId).toString();
        WebhookSender.Outcome outcome = sender.send(command.url(), deliveryId, body, secret);
        return new WebhookTestResult(outcome.delivered(), outcome.statusCode(), outcome.error(), outcome.durationMs());
    }

    @CommandHandler
    public Integer handle(RedriveWebhookDeadLetters command) {
        return outbox.redrive(command.subscriptionUri(), command.deliveryIds(), clock.instant());
    }

    @QueryHandler
    public WebhookDeliveryPage handle(ListWebhookDeliveries query) {
        return new WebhookDeliveryPage(outbox.page(query.subscriptionUri(), query.deadLettersOnly(), query.page(),
                query.pageSize()));
    }

    private ObjectNode testEvent(SendWebhookTest command, String id) {
        Instant now = clock.instant();
        ObjectNode event = json.createObjectNode();
        event.put("specversion", CloudEventEnvelope.SPEC_VERSION);
        event.put("id", id);
        event.put("source", CloudEventEnvelope.SOURCE_PREFIX + ":WebhookSubscription");
        event.put("type", TEST_EVENT_TYPE);
        event.put("subject", command.subscriptionUri());
        event.put("time", now.toString());
        event.put("datacontenttype", CloudEventEnvelope.DATA_CONTENT_TYPE);
        event.put("actor", command.actor().username());
        ObjectNode data = event.putObject("data");
        data.put("subscriptionUri", command.subscriptionUri());
        data.put("requestedBy", command.actor().username());
        data.put("requested", now.toString());
        return event;
    }
}
