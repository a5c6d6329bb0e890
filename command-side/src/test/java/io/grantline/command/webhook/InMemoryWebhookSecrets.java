package io.grantline.command.webhook;

import io.grantline.command.lookup.WebhookSecrets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The secrets table in memory, for the aggregate tests that run without a database. */
class InMemoryWebhookSecrets implements WebhookSecrets {

    final Map<String, String> secrets = new LinkedHashMap<>();

    @Override
    public void store(String subscriptionUri, String secret) {
        secrets.put(subscriptionUri, secret);
    }

    @Override
    public void remove(String subscriptionUri) {
        secrets.remove(subscriptionUri);
    }
}
