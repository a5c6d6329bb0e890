package io.grantline.command.webhook;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.webhook.WebhookCommands.CreateWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.DeleteWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.UpdateWebhookSubscription;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionCreated;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionDeleted;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionUpdated;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Where and which events Grantline posts as CloudEvents. The signing secret lives outside (WebhookSecrets): the
 * events carry only its fingerprint.
 */
@Aggregate
public class WebhookSubscription {

    private static final String TYPE = "WebhookSubscription";

    @AggregateIdentifier
    private String subscriptionUri;
    private String url;
    private List<String> eventTypes;
    private String resourceUri;
    private String description;
    private boolean deleted;

    protected WebhookSubscription() {
    }

    WebhookSubscription(CreateWebhookSubscription command, String secretFingerprint) {
        WebhookSubscriptionInputs inputs = WebhookSubscriptionInputs.of("createWebhookSubscription",
                command.url(), command.eventTypes(), command.resourceUri(), command.description());
        apply(new WebhookSubscriptionCreated(command.subscriptionUri(), inputs.url(), inputs.eventTypes(),
                inputs.resourceUri(), inputs.description(), secretFingerprint, command.actor().username(),
                Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateWebhookSubscription command) {
        requireNotDeleted();
        WebhookSubscriptionInputs inputs = WebhookSubscriptionInputs.of("updateWebhookSubscription",
                command.url() != null ? command.url() : url,
                command.eventTypes() != null ? command.eventTypes() : eventTypes,
                command.resourceUri() != null ? command.resourceUri() : resourceUri,
                command.description() != null ? command.description() : description);
        apply(new WebhookSubscriptionUpdated(subscriptionUri, inputs.url(), inputs.eventTypes(), inputs.resourceUri(),
                inputs.description(), command.actor().username(), Instant.now()));
    }

    void delete(DeleteWebhookSubscription command) {
        requireNotDeleted();
        apply(new WebhookSubscriptionDeleted(subscriptionUri, command.actor().username(), Instant.now()));
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new ObjectNotFound(TYPE, subscriptionUri);
        }
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionCreated event) {
        subscriptionUri = event.subscriptionUri();
        url = event.url();
        eventTypes = event.eventTypes();
        resourceUri = event.resourceUri();
        description = event.description();
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionUpdated event) {
        url = event.url();
        eventTypes = event.eventTypes();
        resourceUri = event.resourceUri();
        description = event.description();
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionDeleted event) {
        deleted = true;
    }
}
