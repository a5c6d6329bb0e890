package io.grantline.command.webhook;

import io.grantline.api.webhook.WebhookCommands.CreateWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.DeleteWebhookSubscription;
import io.grantline.command.lookup.WebhookSecrets;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Subscription commands that also keep the signing secret. The aggregate decides first; the secret is written in
 * the same unit of work, so a refused command stores nothing.
 */
public class WebhookSubscriptionCommandHandler {

    private final Repository<WebhookSubscription> subscriptions;
    private final WebhookSecrets secrets;

    public WebhookSubscriptionCommandHandler(Repository<WebhookSubscription> subscriptions, WebhookSecrets secrets) {
        this.subscriptions = subscriptions;
        this.secrets = secrets;
    }

    /** Answers the new secret: the only time anyone sees it. */
    @CommandHandler
    public String handle(CreateWebhookSubscription command) throws Exception {
        String secret = SigningSecrets.generate();
        subscriptions.newInstance(() -> new WebhookSubscription(command, SigningSecrets.fingerprint(secret)));
        secrets.store(command.subscriptionUri(), secret);
        return secret;
    }

    @CommandHandler
    public void handle(DeleteWebhookSubscription command) {
        subscriptions.load(command.subscriptionUri()).execute(subscription -> subscription.delete(command));
        secrets.remove(command.subscriptionUri());
    }
}
