package io.grantline.projections.webhook;

import static io.grantline.projections.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionCreated;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionDeleted;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionUpdated;
import io.grantline.api.webhook.WebhookQueries.FindWebhookSubscription;
import io.grantline.api.webhook.WebhookQueries.ListWebhookSubscriptions;
import io.grantline.api.webhook.WebhookQueries.WebhookSubscriptionPage;
import io.grantline.api.webhook.WebhookQueries.WebhookSubscriptionView;
import io.grantline.projections.jooq.tables.records.WebhookSubscriptionRecord;
import io.grantline.projections.support.ReadModel;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The webhook subscriptions (never their secrets) and the queries they answer. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class WebhookSubscriptionProjection {

    private static final String SEPARATOR = ",";

    private final DSLContext db;

    public WebhookSubscriptionProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(WebhookSubscriptionCreated event) {
        db.insertInto(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_URI, event.subscriptionUri())
                .set(WEBHOOK_SUBSCRIPTION.URL, event.url())
                .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, String.join(SEPARATOR, event.eventTypes()))
                .set(WEBHOOK_SUBSCRIPTION.RESOURCE_URI, event.resourceUri())
                .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, event.description())
                .set(WEBHOOK_SUBSCRIPTION.SECRET_FINGERPRINT, event.secretFingerprint())
                .set(WEBHOOK_SUBSCRIPTION.OWNER, event.owner())
                .set(WEBHOOK_SUBSCRIPTION.CREATED, utc(event.created()))
                .set(WEBHOOK_SUBSCRIPTION.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(WebhookSubscriptionUpdated event) {
        db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.URL, event.url())
                .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, String.join(SEPARATOR, event.eventTypes()))
                .set(WEBHOOK_SUBSCRIPTION.RESOURCE_URI, event.resourceUri())
                .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, event.description())
                .set(WEBHOOK_SUBSCRIPTION.UPDATED, utc(event.updated()))
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_URI.eq(event.subscriptionUri()))
                .execute();
    }

    @EventHandler
    void on(WebhookSubscriptionDeleted event) {
        db.deleteFrom(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_URI.eq(event.subscriptionUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(WEBHOOK_SUBSCRIPTION).execute();
    }

    @QueryHandler
    WebhookSubscriptionView handle(FindWebhookSubscription query) {
        return db.selectFrom(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_URI.eq(query.subscriptionUri()))
                .fetchOptional(WebhookSubscriptionProjection::view)
                .orElse(null);
    }

    @QueryHandler
    WebhookSubscriptionPage handle(ListWebhookSubscriptions query) {
        int count = db.fetchCount(WEBHOOK_SUBSCRIPTION);
        List<WebhookSubscriptionView> nodes = db.selectFrom(WEBHOOK_SUBSCRIPTION)
                .orderBy(WEBHOOK_SUBSCRIPTION.CREATED.desc(), WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(WebhookSubscriptionProjection::view);
        return new WebhookSubscriptionPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    private static WebhookSubscriptionView view(WebhookSubscriptionRecord row) {
        return new WebhookSubscriptionView(row.getSubscriptionUri(), row.getUrl(),
                Arrays.asList(row.getEventTypes().split(SEPARATOR)), row.getResourceUri(), row.getDescription(),
                row.getSecretFingerprint(), row.getOwner(), text(row.getCreated()), text(row.getUpdated()));
    }
}
