package io.grantline.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox's queue rules against a real PostgreSQL. */
class WebhookOutboxTest {

    private static final String SUBSCRIPTION = "sub1";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final WebhookSender.Outcome FAILED = new WebhookSender.Outcome(500, "HTTP 500", 3);

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private WebhookOutbox outbox;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/integration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        // the command side's table, read when claiming
        jdbc.execute("create table webhook_secret (subscription_uri varchar(64) primary key, secret varchar(128))");
    }

    @AfterAll
    static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void emptyTheOutbox() {
        jdbc.execute("truncate webhook_delivery, webhook_delivery_attempt, webhook_route, webhook_secret");
        jdbc.update("insert into webhook_route values (?, 'http://127.0.0.1:1/hook', '*', null)", SUBSCRIPTION);
        jdbc.update("insert into webhook_secret values (?, 'secret')", SUBSCRIPTION);
        outbox = new WebhookOutbox(jdbc);
    }

    private void enqueue(String resource, String eventId) {
        outbox.enqueue(SUBSCRIPTION, eventId, "io.grantline.glossary.GlossaryCreated", resource, "{}");
    }

    private List<ClaimedDelivery> claim(int limit) {
        // due rows were written with the database's now(); claim a little later than that
        Instant now = Instant.now().plusSeconds(1);
        return outbox.claimDue(now, now.plusSeconds(30), limit);
    }

    private static List<String> resources(List<ClaimedDelivery> claimed) {
        return claimed.stream().map(ClaimedDelivery::resourceUri).toList();
    }

    @Test
    void onlyTheOldestUndeliveredRowOfEachResourceIsClaimed() {
        enqueue("a", "e1");
        enqueue("a", "e2");
        enqueue("b", "e3");

        List<ClaimedDelivery> claimed = claim(10);

        assertThat(claimed).extracting(ClaimedDelivery::body).hasSize(2);
        assertThat(resources(claimed)).containsExactly("a", "b");
        assertThat(claimed.get(0).url()).isEqualTo("http://127.0.0.1:1/hook");
        assertThat(claimed.get(0).secret()).isEqualTo("secret");
    }

    @Test
    void anEventIsQueuedOncePerSubscription() {
        enqueue("a", "e1");
        enqueue("a", "e1");

        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery", Integer.class)).isEqualTo(1);
    }

    @Test
    void aClaimedRowIsNotClaimedAgainWhileItsLeaseLasts() {
        enqueue("a", "e1");
        claim(10);

        assertThat(claim(10)).isEmpty();
    }

    @Test
    void theNextRowOfAResourceIsClaimedOnceTheFirstIsDelivered() {
        enqueue("a", "e1");
        enqueue("a", "e2");
        ClaimedDelivery first = claim(10).get(0);

        outbox.delivered(first, new WebhookSender.Outcome(200, null, 3), NOW);

        List<ClaimedDelivery> next = claim(10);
        assertThat(next).hasSize(1);
        assertThat(next.get(0).position()).isGreaterThan(first.position());
    }

    @Test
    void concurrentClaimersNeverGetTheSameRow() throws Exception {
        for (int i = 0; i < 200; i++) {
            enqueue("r" + i, "e" + i);
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<String>>> claimers = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                claimers.add(() -> {
                    List<String> ids = new ArrayList<>();
                    List<ClaimedDelivery> batch;
                    while (!(batch = claim(7)).isEmpty()) {
                        batch.forEach(delivery -> ids.add(delivery.deliveryId()));
                    }
                    return ids;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> claimed : instances.invokeAll(claimers)) {
                all.addAll(claimed.get());
            }
            assertThat(all).hasSize(200).doesNotHaveDuplicates();
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void aDeadLetterParksTheLaterRowsOfItsResourceOnly() {
        enqueue("a", "e1");
        enqueue("a", "e2");
        enqueue("b", "e3");
        ClaimedDelivery head = claim(10).get(0);

        outbox.deadLetter(head, FAILED, NOW);

        assertThat(statuses("a")).containsExactly("DEAD_LETTER", "DEAD_LETTER");
        assertThat(statuses("b")).containsExactly("PENDING");
    }

    @Test
    void rowsQueuedBehindADeadLetterLaterAreParkedToo() {
        enqueue("a", "e1");
        outbox.deadLetter(claim(10).get(0), FAILED, NOW);
        enqueue("a", "e2");

        assertThat(claim(10)).isEmpty();
        outbox.parkBehindDeadLetters();

        assertThat(statuses("a")).containsExactly("DEAD_LETTER", "DEAD_LETTER");
    }

    @Test
    void aRedriveQueuesTheDeadLettersAgainInOrderWithFreshAttempts() {
        enqueue("a", "e1");
        enqueue("a", "e2");
        outbox.deadLetter(claim(10).get(0), FAILED, NOW);

        int requeued = outbox.redrive(SUBSCRIPTION, List.of(), Instant.now());

        assertThat(requeued).isEqualTo(2);
        assertThat(statuses("a")).containsExactly("PENDING", "PENDING");
        List<ClaimedDelivery> claimed = claim(10);
        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).attempts()).isZero();
    }

    @Test
    void aRedriveOfChosenDeliveriesLeavesTheOthersDeadLettered() {
        enqueue("a", "e1");
        enqueue("b", "e2");
        List<ClaimedDelivery> heads = claim(10);
        heads.forEach(head -> outbox.deadLetter(head, FAILED, NOW));

        int requeued = outbox.redrive(SUBSCRIPTION, List.of(heads.get(1).deliveryId()), Instant.now());

        assertThat(requeued).isEqualTo(1);
        assertThat(statuses("a")).containsExactly("DEAD_LETTER");
        assertThat(statuses("b")).containsExactly("PENDING");
    }

    private List<String> statuses(String resource) {
        return jdbc.queryForList("select status from webhook_delivery where resource_uri = ? order by position",
                String.class, resource);
    }
}
