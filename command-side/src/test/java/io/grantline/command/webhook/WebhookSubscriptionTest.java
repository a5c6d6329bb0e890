package io.grantline.command.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.webhook.WebhookCommands.CreateWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.DeleteWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.UpdateWebhookSubscription;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionCreated;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionDeleted;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionUpdated;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    static final String URI = "whk1test";
    static final String URL = "https://hooks.example.com/grantline";
    static final String APPROVED = "io.grantline.share.ShareObjectApproved";
    static final String DATASET = "ds1test0";
    static final String FINGERPRINT = "sha256:00";
    static final Actor ADMIN = new Actor("alice", List.of("DAAdministrators"));
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    InMemoryWebhookSecrets secrets;
    AggregateTestFixture<WebhookSubscription> fixture;

    @BeforeEach
    void setUp() {
        secrets = new InMemoryWebhookSecrets();
        fixture = new AggregateTestFixture<>(WebhookSubscription.class);
        fixture.registerAnnotatedCommandHandler(
                new WebhookSubscriptionCommandHandler(fixture.getRepository(), secrets));
        fixture.registerIgnoredField(WebhookSubscriptionCreated.class, "created");
        fixture.registerIgnoredField(WebhookSubscriptionUpdated.class, "updated");
        fixture.registerIgnoredField(WebhookSubscriptionDeleted.class, "deleted");
    }

    static CreateWebhookSubscription create(String url, List<String> eventTypes) {
        return new CreateWebhookSubscription(URI, url, eventTypes, DATASET, "sales shares", ADMIN);
    }

    static WebhookSubscriptionCreated created() {
        return new WebhookSubscriptionCreated(URI, URL, List.of(APPROVED), DATASET, "sales shares", FINGERPRINT,
                "alice", AT);
    }

    @Test
    void creationRecordsTheSettingsAndOwner() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of(APPROVED)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((WebhookSubscriptionCreated event) -> event.url().equals(URL)
                                && event.eventTypes().equals(List.of(APPROVED))
                                && DATASET.equals(event.resourceUri()) && event.owner().equals("alice")),
                        andNoMore())));
    }

    @Test
    void creationAnswersTheSecretAndStoresItOutsideTheEvents() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of(APPROVED)))
                .expectResultMessagePayloadMatching(predicate((String secret) -> secret.equals(secrets.secrets.get(URI))))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((WebhookSubscriptionCreated event) -> !event.toString().contains(secrets.secrets.get(URI))
                                && event.secretFingerprint().equals(SigningSecrets.fingerprint(secrets.secrets.get(URI)))),
                        andNoMore())));
    }

    @Test
    void theSecretIs32RandomBytesInBase64Url() {
        fixture.givenNoPriorActivity().when(create(URL, List.of(APPROVED)));

        assertThat(secrets.secrets.get(URI)).matches("[A-Za-z0-9_-]{43}");
        assertThat(SigningSecrets.generate()).isNotEqualTo(SigningSecrets.generate());
    }

    @Test
    void everyEventTypeIsSubscribedWithAStar() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of("*")))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((WebhookSubscriptionCreated event) -> event.eventTypes().equals(List.of("*"))),
                        andNoMore())));
    }

    @Test
    void aRelativeUrlIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("/hooks", List.of(APPROVED)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("url"))
                .expectNoEvents();
        assertThat(secrets.secrets).isEmpty();
    }

    @Test
    void aUrlOtherThanHttpIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("ftp://hooks.example.com/x", List.of(APPROVED)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("url"))
                .expectNoEvents();
    }

    @Test
    void theUrlIsRequired() {
        fixture.givenNoPriorActivity()
                .when(create(" ", List.of(APPROVED)))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void atLeastOneEventTypeIsRequired() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of()))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("eventTypes"))
                .expectNoEvents();
    }

    @Test
    void anUnknownEventTypeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of("io.grantline.share.ShareObjectTeleported")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("eventTypes"))
                .expectNoEvents();
        assertThat(secrets.secrets).isEmpty();
    }

    @Test
    void anUpdateChangesWhatIsGivenAndKeepsTheRest() {
        fixture.given(created())
                .when(new UpdateWebhookSubscription(URI, "http://other.example.com/in", null, null, null, ADMIN))
                .expectEvents(new WebhookSubscriptionUpdated(URI, "http://other.example.com/in", List.of(APPROVED),
                        DATASET, "sales shares", "alice", AT));
    }

    @Test
    void anEmptyResourceUriInAnUpdateRemovesTheFilter() {
        fixture.given(created())
                .when(new UpdateWebhookSubscription(URI, null, null, "", null, ADMIN))
                .expectEvents(new WebhookSubscriptionUpdated(URI, URL, List.of(APPROVED), null, "sales shares",
                        "alice", AT));
    }

    @Test
    void anUpdateWithABadUrlIsRefused() {
        fixture.given(created())
                .when(new UpdateWebhookSubscription(URI, "not a url", null, null, null, ADMIN))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void deletionForgetsTheSecret() {
        secrets.store(URI, "kept-until-deleted");
        fixture.given(created())
                .when(new DeleteWebhookSubscription(URI, ADMIN))
                .expectEvents(new WebhookSubscriptionDeleted(URI, "alice", AT));
        assertThat(secrets.secrets).doesNotContainKey(URI);
    }

    @Test
    void aDeletedSubscriptionIsNotUpdated() {
        fixture.given(created(), new WebhookSubscriptionDeleted(URI, "alice", AT))
                .when(new UpdateWebhookSubscription(URI, URL, null, null, null, ADMIN))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedSubscriptionIsNotDeletedAgain() {
        fixture.given(created(), new WebhookSubscriptionDeleted(URI, "alice", AT))
                .when(new DeleteWebhookSubscription(URI, ADMIN))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }
}
