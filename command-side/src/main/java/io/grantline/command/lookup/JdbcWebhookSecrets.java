package io.grantline.command.lookup;

import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcWebhookSecrets implements WebhookSecrets {

    private final JdbcTemplate jdbc;

    public JdbcWebhookSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(String subscriptionUri, String secret) {
        jdbc.update("insert into webhook_secret (subscription_uri, secret) values (?, ?)", subscriptionUri, secret);
    }

    @Override
    public void remove(String subscriptionUri) {
        jdbc.update("delete from webhook_secret where subscription_uri = ?", subscriptionUri);
    }
}
