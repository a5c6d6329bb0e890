package io.grantline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.MetaDataKeys;
import io.grantline.projections.history.GovernanceHistoryProjection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * The governance history with many events. Records N events (datasets with their tables, as the catalog benchmark
 * does) straight into the event store, waits for the governance processor to have written them all (its rate, with
 * the read model and catalog busy too), then downloads the export of the whole history over HTTP as the admin group
 * would, in both formats, sampling the heap used while it streams: the peak stays flat as N grows.
 *
 * <p>Arguments: {@code --events 100000}.
 */
public final class HistoryExportLoad {

    private static final int TABLES_PER_DATASET = 9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InProcessGrantline app;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private HistoryExportLoad(InProcessGrantline app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "100000"));
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            new HistoryExportLoad(app).run(events);
        }
        System.exit(0);
    }

    private void run(int events) throws Exception {
        stopSagas();
        long head = load(events);
        awaitGovernance(head, "written as the events arrived (read model and catalog busy too)");
        TrackingEventProcessor governance = governance();
        governance.shutDown();
        governance.resetTokens();
        governance.start();
        awaitGovernance(head, "rebuilt from the event store (reset: this processor alone)");
        String token = adminToken();
        for (String format : List.of("jsonl", "csv")) {
            export(token, format);
        }
    }

    /** Records the events, each with an actor and a correlation id as API calls give them; answers the head. */
    private long load(int events) {
        EventStore eventStore = app.bean(EventStore.class);
        String organizationUri = "hist-org-" + System.nanoTime();
        String environmentUri = "hist-env-" + System.nanoTime();
        eventStore.publish(withAudit(CatalogEvents.world(organizationUri, environmentUri), "setup"));
        int datasets = Math.max(1, events / (TABLES_PER_DATASET + 1));
        long start = System.nanoTime();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int number = 0; number < datasets; number++) {
            batch.addAll(withAudit(CatalogEvents.dataset("hds" + number, number, TABLES_PER_DATASET, organizationUri,
                    environmentUri), "call-" + number));
            if (batch.size() >= 1000) {
                eventStore.publish(batch);
                batch = new ArrayList<>();
            }
        }
        eventStore.publish(batch);
        System.out.printf("Stored %d events in %.1f s%n", datasets * (TABLES_PER_DATASET + 1) + 2,
                (System.nanoTime() - start) / 1e9);
        return eventStore.createHeadToken().position().orElse(0);
    }

    private static List<DomainEventMessage<?>> withAudit(List<DomainEventMessage<?>> events, String correlationId) {
        List<DomainEventMessage<?>> audited = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            audited.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), MetaData.with(MetaDataKeys.ACTOR, "bench-owner")
                    .and(MetaDataKeys.CORRELATION_ID, correlationId)));
        }
        return audited;
    }

    /**
     * The recorded datasets would each start a stack deployment (a CDK synthesis): the sagas are stopped so that the
     * figures are the history's, not the cloud's.
     */
    private void stopSagas() {
        app.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (name.contains("Saga")) {
                processor.shutDown();
            }
        });
    }

    private TrackingEventProcessor governance() {
        return app.bean(EventProcessingConfiguration.class)
                .eventProcessor(GovernanceHistoryProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
    }

    private void awaitGovernance(long head, String how) throws InterruptedException {
        TrackingEventProcessor processor = governance();
        long start = System.nanoTime();
        long startPosition = Math.min(position(processor), head);
        while (position(processor) < head || processor.isReplaying()) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long handled = head - startPosition;
        System.out.printf("Governance history %s: %d events in %.1f s (%.0f events/s)%n", how, handled, seconds,
                handled / seconds);
    }

    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(0);
    }

    /** Downloads the whole history, counting lines and sampling the heap used every 10 ms. */
    private void export(String token, String format) throws IOException, InterruptedException {
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 10, TimeUnit.MILLISECONDS);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "/history/export?format=" + format))
                .header("authorization", "Bearer " + token).GET().build();
        long start = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        long rows = format.equals("csv") ? lines - 1 : lines;
        System.out.printf("Export %s (HTTP %d): %d rows, %.1f MB in %.1f s: %.0f rows/s; heap used %d MB before, "
                        + "peak %d MB while streaming (+%d MB)%n", format, response.statusCode(), rows,
                bytes / 1e6, seconds, rows / seconds, baseline >> 20, peak.get() >> 20, (peak.get() - baseline) >> 20);
    }

    /** A token of the local issuer for a member of the admin group. */
    private String adminToken() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "/auth/local/token"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", "bench-admin",
                        "groups", List.of("DAAdministrators"))))).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).get("token").asText();
    }
}
