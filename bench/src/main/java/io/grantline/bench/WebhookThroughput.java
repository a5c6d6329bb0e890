package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryNodeType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook delivery end to end: a subscription to a local receiver, N events recorded into the event store (spread
 * over R resources, in batches), and for each event the lag from stored (its batch appended) to the receiver having
 * it. Reports deliveries/s over the whole run, p50/p99 lag, and checks order per resource and duplicates.
 *
 * <p>Arguments: {@code --events 5000 --resources 100 --batch 50}, plus any grantline.webhooks.* property
 * ({@code --grantline.webhooks.threads 8}).
 */
public final class WebhookThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = """
            mutation($input: NewWebhookSubscriptionInput) {
              createWebhookSubscription(input: $input) { secret subscription { subscriptionUri } }
            }""";

    private final Map<String, String> options;
    private final InProcessGrantline app;
    private final Map<String, Long> storedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSequence = new ConcurrentHashMap<>();
    private final LatencyRecorder lag = new LatencyRecorder("stored -> received");
    private final AtomicInteger outOfOrder = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private CountDownLatch remaining;
    private volatile long lastReceived;

    private WebhookThroughput(Map<String, String> options, InProcessGrantline app) {
        this.options = options;
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        options.putIfAbsent("grantline.webhooks.poll-interval", "PT0.05S");
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            new WebhookThroughput(options, app).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int events = Options.integer(options, "events", 5000);
        int resources = Math.min(Options.integer(options, "resources", 100), events);
        int batchSize = Options.integer(options, "batch", 50);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", this::receive);
        receiver.setExecutor(receiverThreads);
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            GraphQlClient admin = GraphQlClient.signIn(app.url(), "bench-admin", List.of("DAAdministrators"));
            admin.call(CREATE, Map.of("input", Map.of("url", url, "eventTypes",
                    List.of("io.grantline.glossary.GlossaryCreated", "io.grantline.glossary.GlossaryNodeCreated"))));
            remaining = new CountDownLatch(events);
            long started = System.nanoTime();
            record(events, resources, batchSize);
            double storing = (System.nanoTime() - started) / 1e9;
            double queued = awaitQueued(events, started);
            if (!remaining.await(10, TimeUnit.MINUTES)) {
                System.out.printf("Timed out: %d of %d events not delivered%n", remaining.getCount(), events);
            }
            double seconds = (lastReceived - started) / 1e9;
            System.out.printf("Recorded %d events over %d resources in batches of %d in %.2f s (%.0f events/s)%n",
                    events, resources, batchSize, storing, events / storing);
            System.out.printf("Outbox held every delivery %.2f s after the first event was recorded (%.0f rows/s)%n",
                    queued, events / queued);
            System.out.printf("Delivered %d events in %.2f s: %.0f deliveries/s end to end (settings: %s)%n",
                    events - remaining.getCount(), seconds, (events - remaining.getCount()) / seconds,
                    webhookSettings());
            System.out.println(lag.latencies());
            System.out.printf("Out of order: %d, duplicates: %d%n", outOfOrder.get(), duplicates.get());
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    /** Seconds from started until the outbox writer had queued every event (delivered or not). */
    private double awaitQueued(int events, long started) throws InterruptedException {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        while (jdbc.queryForObject("select count(*) from webhook_delivery", Integer.class) < events) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** resource r gets events r, r + R, r + 2R...: a GlossaryCreated then GlossaryNodeCreated ones. */
    private void record(int events, int resources, int batchSize) {
        EventStore eventStore = app.bean(EventStore.class);
        String run = Long.toString(System.nanoTime(), 36);
        long[] sequences = new long[resources];
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int number = 0; number < events; number++) {
            int resource = number % resources;
            String glossaryUri = "bwh" + run + "g" + resource;
            long sequence = sequences[resource]++;
            Object payload = sequence == 0
                    ? new GlossaryCreated(glossaryUri, "Glossary " + resource, "", "approved", "stewards", "bench",
                    "/" + glossaryUri, Instant.now())
                    : new GlossaryNodeCreated(glossaryUri, glossaryUri + "t" + sequence, GlossaryNodeType.TERM,
                    glossaryUri, "/" + glossaryUri + "/t" + sequence, "Term " + sequence, "", "approved", "bench",
                    Instant.now());
            batch.add(new GenericDomainEventMessage<>("Glossary", glossaryUri, sequence, payload, MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), Instant.now()));
            if (batch.size() >= batchSize || number == events - 1) {
                eventStore.publish(batch);
                long stored = System.nanoTime();
                batch.forEach(event -> storedAt.put(event.getIdentifier(), stored));
                batch = new ArrayList<>();
            }
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        JsonNode event = JSON.readTree(exchange.getRequestBody().readAllBytes());
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
        Long stored = storedAt.remove(event.get("id").asText());
        if (stored == null) {
            duplicates.incrementAndGet();
            return;
        }
        lag.record(Math.max(0, received - stored));
        long sequence = Long.parseLong(event.get("sequence").asText());
        Long previous = lastSequence.put(event.get("subject").asText(), sequence);
        if (previous != null && previous >= sequence) {
            outOfOrder.incrementAndGet();
        }
        lastReceived = received;
        remaining.countDown();
    }

    private String webhookSettings() {
        StringBuilder settings = new StringBuilder();
        options.forEach((name, value) -> {
            if (name.startsWith("grantline.webhooks.")) {
                settings.append(name.substring("grantline.webhooks.".length())).append('=').append(value).append(' ');
            }
        });
        return settings.append("threads/batch-size as configured").toString().trim();
    }
}
