package io.grantline.app.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscriptions: created, read, listed, changed and deleted by the admin group only; bad input changes nothing. */
class WebhookSubscriptionApiTest extends WebhookApiSupport {

    static final String URL = "https://hooks.example.com/grantline";
    static final String APPROVED = "io.grantline.share.ShareObjectApproved";

    @Test
    void creationAnswersTheSubscriptionAndItsSecret() {
        String resourceUri = unique("ds");

        JsonNode created = create(admin, map("url", URL, "eventTypes", List.of(APPROVED), "resourceUri", resourceUri,
                "description", "share approvals")).data("createWebhookSubscription");

        assertThat(created.get("secret").asText()).matches("[A-Za-z0-9_-]{43}");
        JsonNode subscription = created.get("subscription");
        assertThat(subscription.get("url").asText()).isEqualTo(URL);
        assertThat(texts(subscription.get("eventTypes"))).containsExactly(APPROVED);
        assertThat(subscription.get("resourceUri").asText()).isEqualTo(resourceUri);
        assertThat(subscription.get("description").asText()).isEqualTo("share approvals");
        assertThat(subscription.get("owner").asText()).isEqualTo(admin.username);
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsFingerprintAfterwards() throws Exception {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        JsonNode read = get(admin, subscription.uri()).data("getWebhookSubscription");

        assertThat(read.toString()).doesNotContain(subscription.secret());
        assertThat(read.get("secretFingerprint").asText()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(subscription.secret().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theSecretIsNeverInTheEventStore() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        Integer events = jdbc.queryForObject("""
                select count(*) from domainevententry
                where aggregateidentifier = ? and convert_from(payload, 'UTF8') like ?""", Integer.class,
                subscription.uri(), "%" + subscription.secret() + "%");
        Integer all = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, subscription.uri());

        assertThat(all).isEqualTo(1);
        assertThat(events).isZero();
    }

    @Test
    void theSubscribableEventTypesAreListedSorted() {
        List<String> types = texts(admin.graphql("{ webhookEventTypes }").data("webhookEventTypes"));

        assertThat(types).contains(APPROVED, "io.grantline.dataset.DatasetCreated").isSorted().doesNotContain("*");
    }

    @Test
    void anOutsiderCannotListTheEventTypes() {
        assertThat(outsider.graphql("{ webhookEventTypes }").error())
                .contains("UnauthorizedOperation").contains("webhookEventTypes");
    }

    @Test
    void anOutsiderCannotCreateASubscription() {
        int before = count();

        String error = create(outsider, map("url", URL, "eventTypes", List.of("*"))).error();

        assertThat(error).contains("UnauthorizedOperation").contains("createWebhookSubscription");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aUrlThatIsNotAbsoluteHttpIsRefusedAndNothingCreated() {
        int before = count();

        String error = create(admin, map("url", "ftp://files.example.com/in", "eventTypes", List.of("*"))).error();

        assertThat(error).contains("InvalidInput").contains("url");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownEventTypeIsRefusedAndNothingCreated() {
        int before = count();

        String error = create(admin, map("url", URL, "eventTypes", List.of("io.grantline.share.Nope"))).error();

        assertThat(error).contains("InvalidInput").contains("eventTypes");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void eventTypesAreRequired() {
        String error = create(admin, map("url", URL)).error();

        assertThat(error).contains("RequiredParameter").contains("eventTypes");
    }

    @Test
    void anOutsiderCannotReadASubscription() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        String error = get(outsider, subscription.uri()).error();

        assertThat(error).contains("UnauthorizedOperation").contains("getWebhookSubscription");
    }

    @Test
    void anUnknownSubscriptionIsNotFound() {
        assertThat(get(admin, "nosuchsubscription").error()).contains("ObjectNotFound");
    }

    @Test
    void listingPagesTheSubscriptionsNewestFirst() {
        Subscription older = subscribe(URL, List.of("*"), null);
        Subscription newer = subscribe(URL, List.of("*"), null);

        JsonNode page = list(admin, 1, 2).data("listWebhookSubscriptions");

        assertThat(texts(page.get("nodes"), "subscriptionUri")).containsExactly(newer.uri(), older.uri());
        assertThat(page.get("count").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("hasPrevious").asBoolean()).isFalse();
        assertThat(page.get("pages").asInt()).isEqualTo((page.get("count").asInt() + 1) / 2);
    }

    @Test
    void anOutsiderCannotListSubscriptions() {
        assertThat(list(outsider, 1, 10).error()).contains("UnauthorizedOperation");
    }

    @Test
    void anUpdateChangesTheGivenFieldsOnly() {
        Subscription subscription = subscribe(URL, List.of("*"), "resource-1");

        JsonNode updated = update(admin, subscription.uri(), map("url", "http://other.example.com/in",
                "eventTypes", List.of(APPROVED))).data("updateWebhookSubscription");

        assertThat(updated.get("url").asText()).isEqualTo("http://other.example.com/in");
        assertThat(texts(updated.get("eventTypes"))).containsExactly(APPROVED);
        assertThat(updated.get("resourceUri").asText()).isEqualTo("resource-1");
        assertThat(updated.get("secretFingerprint").asText())
                .isEqualTo(subscription.node().get("secretFingerprint").asText());
    }

    @Test
    void anOutsiderCannotUpdateASubscription() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        String error = update(outsider, subscription.uri(), map("url", "http://evil.example.com")).error();

        assertThat(error).contains("UnauthorizedOperation");
        assertThat(get(admin, subscription.uri()).text("getWebhookSubscription.url")).isEqualTo(URL);
    }

    @Test
    void anUpdateWithABadUrlChangesNothing() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        String error = update(admin, subscription.uri(), map("url", "hooks/relative")).error();

        assertThat(error).contains("InvalidInput").contains("url");
        assertThat(get(admin, subscription.uri()).text("getWebhookSubscription.url")).isEqualTo(URL);
    }

    @Test
    void deletionRemovesTheSubscription() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        assertThat(delete(admin, subscription.uri()).data("deleteWebhookSubscription").asBoolean()).isTrue();

        assertThat(get(admin, subscription.uri()).error()).contains("ObjectNotFound");
        assertThat(jdbc.queryForObject("select count(*) from webhook_secret where subscription_uri = ?",
                Integer.class, subscription.uri())).isZero();
    }

    @Test
    void anOutsiderCannotDeleteASubscription() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        assertThat(delete(outsider, subscription.uri()).error()).contains("UnauthorizedOperation");
        assertThat(get(admin, subscription.uri()).text("getWebhookSubscription.url")).isEqualTo(URL);
    }

    @Test
    void deletionNeedsTheSubscriptionUri() {
        assertThat(delete(admin, " ").error()).contains("RequiredParameter").contains("subscriptionUri");
    }

    @Test
    void anOutsiderCannotListDeliveriesOrDeadLetters() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        assertThat(deliveries(outsider, subscription.uri()).error()).contains("UnauthorizedOperation");
        assertThat(deadLetters(outsider, subscription.uri()).error()).contains("UnauthorizedOperation");
    }

    @Test
    void deliveriesOfAnUnknownSubscriptionAreNotFound() {
        assertThat(deliveries(admin, "nosuchsubscription").error()).contains("ObjectNotFound");
        assertThat(deadLetters(admin, null).error()).contains("RequiredParameter").contains("subscriptionUri");
    }

    @Test
    void anOutsiderCannotRedriveDeadLetters() {
        Subscription subscription = subscribe(URL, List.of("*"), null);

        assertThat(redrive(outsider, subscription.uri(), null).error()).contains("UnauthorizedOperation");
    }

    @Test
    void redrivingAnUnknownSubscriptionIsNotFound() {
        assertThat(redrive(admin, "nosuchsubscription", null).error()).contains("ObjectNotFound");
    }

    private int count() {
        return list(admin, 1, 1).data("listWebhookSubscriptions.count").asInt();
    }

    private GraphQl list(User user, int page, int pageSize) {
        return user.graphql("query($filter: WebhookSubscriptionFilter) { listWebhookSubscriptions(filter: $filter)"
                + " { count page pages hasNext hasPrevious nodes { subscriptionUri } } }",
                "filter", map("page", page, "pageSize", pageSize));
    }

    private GraphQl update(User user, String subscriptionUri, Object input) {
        return user.graphql("mutation($uri: String, $input: UpdateWebhookSubscriptionInput) {"
                + " updateWebhookSubscription(subscriptionUri: $uri, input: $input) { " + SUBSCRIPTION_FIELDS + " } }",
                "uri", subscriptionUri, "input", input);
    }
}
