package io.grantline.integration.webhook;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a subscription's signing secret (table webhook_secret, written by the command side at creation). */
public class WebhookSecretReader {

    private final JdbcTemplate jdbc;

    public WebhookSecretReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** null when the subscription has none (deleted, or never created). */
    public String secretOf(String subscriptionUri) {
        List<String> secrets = jdbc.queryForList("select secret from webhook_secret where subscription_uri = ?",
                String.class, subscriptionUri);
        return secrets.isEmpty() ? null : secrets.get(0);
    }
}
