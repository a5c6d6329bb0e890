package io.grantline.integration.webhook;

import io.grantline.api.Page;
import io.grantline.api.webhook.WebhookDeliveryStatus;
import io.grantline.api.webhook.WebhookQueries.WebhookDeliveryView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery outbox (table webhook_delivery). A (subscription, resource) pair is a queue: only its oldest
 * undelivered row may be sent, and rows behind a dead letter are parked as dead letters too, so a receiver sees a
 * resource's events in order.
 */
public class WebhookOutbox {

    private static final String PENDING = WebhookDeliveryStatus.PENDING.name();
    private static final String DELIVERED = WebhookDeliveryStatus.DELIVERED.name();
    private static final String DEAD_LETTER = WebhookDeliveryStatus.DEAD_LETTER.name();

    private final JdbcTemplate jdbc;

    public WebhookOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a pending delivery unless the subscription already has one for this event. */
    public void enqueue(String subscriptionUri, String eventId, String eventType, String resourceUri, String body) {
        jdbc.update("""
                insert into webhook_delivery (delivery_id, subscription_uri, event_id, event_type, resource_uri, body,
                                              status, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, now())
                on conflict (subscription_uri, event_id) do nothing""",
                UUID.randomUUID().toString(), subscriptionUri, eventId, eventType, resourceUri, body, PENDING);
    }

    public void forget(String subscriptionUri) {
        jdbc.update("""
                delete from webhook_delivery_attempt a using webhook_delivery d
                where a.delivery_id = d.delivery_id and d.subscription_uri = ?""", subscriptionUri);
        jdbc.update("delete from webhook_delivery where subscription_uri = ?", subscriptionUri);
    }

    /**
     * Reserves up to limit due deliveries, each the head of its queue, until now + lease. skip locked lets another
     * instance claim other rows meanwhile instead of waiting; the lease keeps them from claiming these.
     */
    public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                with due as (
                    select d.delivery_id from webhook_delivery d
                    where d.status = 'PENDING' and d.next_attempt_at <= ?
                      and (d.claimed_until is null or d.claimed_until < ?)
                      and not exists (select 1 from webhook_delivery e
                                      where e.subscription_uri = d.subscription_uri
                                        and e.resource_uri = d.resource_uri
                                        and e.status <> 'DELIVERED' and e.position < d.position)
                    order by d.position
                    limit ?
                    for update of d skip locked),
                claimed as (
                    update webhook_delivery w set claimed_until = ? from due
                    where w.delivery_id = due.delivery_id
                    returning w.delivery_id, w.subscription_uri, w.resource_uri, w.position, w.attempts, w.body)
                select c.*, r.url, s.secret from claimed c
                left join webhook_route r on r.subscription_uri = c.subscription_uri
                left join webhook_secret s on s.subscription_uri = c.subscription_uri
                order by c.position""",
                (row, i) -> new ClaimedDelivery(row.getString("delivery_id"), row.getString("subscription_uri"),
                        row.getString("resource_uri"), row.getLong("position"), row.getInt("attempts"),
                        row.getString("body"), row.getString("url"), row.getString("secret")),
                Timestamp.from(now), Timestamp.from(now), limit, Timestamp.from(leaseUntil));
    }

    public void delivered(ClaimedDelivery delivery, WebhookSender.Outcome outcome, Instant at) {
        jdbc.update("""
                update webhook_delivery set status = ?, attempts = attempts + 1, last_status_code = ?, last_error = null,
                       delivered_at = ?, claimed_until = null
                where delivery_id = ?""",
                DELIVERED, outcome.statusCode(), Timestamp.from(at), delivery.deliveryId());
        recordAttempt(delivery, outcome, at, null);
    }

    /** Another attempt at nextAttemptAt. */
    public void retryLater(ClaimedDelivery delivery, WebhookSender.Outcome outcome, Instant at,
                           Instant nextAttemptAt) {
        jdbc.update("""
                update webhook_delivery set attempts = attempts + 1, last_status_code = ?, last_error = ?,
                       next_attempt_at = ?, claimed_until = null
                where delivery_id = ?""",
                outcome.statusCode(), outcome.error(), Timestamp.from(nextAttemptAt), delivery.deliveryId());
        recordAttempt(delivery, outcome, at, nextAttemptAt);
    }

    /** No more attempts: the delivery and everything queued behind it for its resource wait for a re-drive. */
    public void deadLetter(ClaimedDelivery delivery, WebhookSender.Outcome outcome, Instant at) {
        jdbc.update("""
                update webhook_delivery set status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?,
                       claimed_until = null
                where delivery_id = ?""",
                DEAD_LETTER, outcome.statusCode(), outcome.error(), delivery.deliveryId());
        recordAttempt(delivery, outcome, at, null);
        parkBehind(delivery);
    }

    /**
     * Only the dead letter's own subscription and resource: the worker's threads dead-letter different resources at
     * the same time, and a table-wide update from each would lock the same rows in different orders (deadlock).
     */
    private void parkBehind(ClaimedDelivery deadLetter) {
        jdbc.update("""
                update webhook_delivery set status = 'DEAD_LETTER',
                       last_error = 'parked behind dead-lettered delivery ' || ?
                where status = 'PENDING' and subscription_uri = ? and resource_uri = ? and position > ?""",
                deadLetter.deliveryId(), deadLetter.subscriptionUri(), deadLetter.resourceUri(), deadLetter.position());
    }

    /** The subscription is gone: its deliveries go with it. */
    public void drop(ClaimedDelivery delivery) {
        jdbc.update("delete from webhook_delivery where delivery_id = ?", delivery.deliveryId());
    }

    /** Pending rows queued behind a dead letter of their resource become dead letters too, keeping their order. */
    public int parkBehindDeadLetters() {
        return jdbc.update("""
                update webhook_delivery p set status = 'DEAD_LETTER',
                       last_error = 'parked behind dead-lettered delivery ' || d.delivery_id
                from webhook_delivery d
                where p.status = 'PENDING' and d.status = 'DEAD_LETTER'
                  and d.subscription_uri = p.subscription_uri and d.resource_uri = p.resource_uri
                  and d.position < p.position""");
    }

    /** Queues dead letters again (all of the subscription's when deliveryIds is empty); answers how many. */
    public int redrive(String subscriptionUri, List<String> deliveryIds, Instant now) {
        if (deliveryIds == null || deliveryIds.isEmpty()) {
            return jdbc.update("""
                    update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?,
                           claimed_until = null
                    where subscription_uri = ? and status = 'DEAD_LETTER'""", Timestamp.from(now), subscriptionUri);
        }
        return jdbc.update("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = null
                where subscription_uri = ? and status = 'DEAD_LETTER' and delivery_id = any (?)""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, subscriptionUri);
                    ps.setArray(3, ps.getConnection().createArrayOf("varchar", deliveryIds.toArray()));
                });
    }

    /** The subscription's deliveries, newest first. */
    public Page<WebhookDeliveryView> page(String subscriptionUri, boolean deadLettersOnly, int page, int pageSize) {
        String condition = deadLettersOnly ? "subscription_uri = ? and status = 'DEAD_LETTER'" : "subscription_uri = ?";
        Integer count = jdbc.queryForObject("select count(*) from webhook_delivery where " + condition,
                Integer.class, subscriptionUri);
        List<WebhookDeliveryView> nodes = jdbc.query("""
                select delivery_id, event_id, event_type, resource_uri, status, attempts, last_status_code,
                       last_error, next_attempt_at, delivered_at
                from webhook_delivery where %s
                order by position desc limit ? offset ?""".formatted(condition),
                (row, i) -> view(row), subscriptionUri, pageSize, Page.offset(page, pageSize));
        return new Page<>(nodes, count == null ? 0 : count, page, pageSize);
    }

    private void recordAttempt(ClaimedDelivery delivery, WebhookSender.Outcome outcome, Instant at,
                               Instant nextAttemptAt) {
        jdbc.update("""
                insert into webhook_delivery_attempt (delivery_id, attempt, attempted_at, status_code, error,
                                                      next_attempt_at)
                values (?, ?, ?, ?, ?, ?)""",
                delivery.deliveryId(), delivery.attempts() + 1, Timestamp.from(at), outcome.statusCode(),
                outcome.error(), nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
    }

    private static WebhookDeliveryView view(ResultSet row) throws SQLException {
        Integer statusCode = row.getObject("last_status_code") == null ? null : row.getInt("last_status_code");
        String status = row.getString("status");
        return new WebhookDeliveryView(row.getString("delivery_id"), row.getString("event_id"),
                row.getString("event_type"), row.getString("resource_uri"), status, row.getInt("attempts"),
                statusCode, row.getString("last_error"),
                PENDING.equals(status) ? text(row.getTimestamp("next_attempt_at")) : null,
                text(row.getTimestamp("delivered_at")));
    }

    private static String text(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
