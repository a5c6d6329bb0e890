package io.grantline.command.lookup;

/**
 * The signing secrets of webhook subscriptions, kept out of the events (which are kept forever and shown in the
 * history) in a table written in the same transaction as the subscription's events.
 */
public interface WebhookSecrets {

    void store(String subscriptionUri, String secret);

    void remove(String subscriptionUri);
}
