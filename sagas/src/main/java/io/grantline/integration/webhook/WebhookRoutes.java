package io.grantline.integration.webhook;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The subscriptions the outbox writer routes events to (table webhook_route), changed in event order. */
public class WebhookRoutes {

    private static final String SEPARATOR = ",";

    private final JdbcTemplate jdbc;

    public WebhookRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void put(String subscriptionUri, String url, List<String> eventTypes, String resourceUri) {
        jdbc.update("""
                insert into webhook_route (subscription_uri, url, event_types, resource_uri) values (?, ?, ?, ?)
                on conflict (subscription_uri) do update
                set url = excluded.url, event_types = excluded.event_types, resource_uri = excluded.resource_uri""",
                subscriptionUri, url, String.join(SEPARATOR, eventTypes), resourceUri);
    }

    public void remove(String subscriptionUri) {
        jdbc.update("delete from webhook_route where subscription_uri = ?", subscriptionUri);
    }

    public List<WebhookRoute> all() {
        return jdbc.query("select subscription_uri, event_types, resource_uri from webhook_route",
                (row, i) -> new WebhookRoute(row.getString(1), Arrays.asList(row.getString(2).split(SEPARATOR)),
                        row.getString(3)));
    }
}
