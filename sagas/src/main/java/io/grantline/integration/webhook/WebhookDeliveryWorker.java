package io.grantline.integration.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox's due deliveries: every poll interval it claims the heads of the (subscription, resource) queues
 * and posts them in parallel (different queues, so order within each holds), until nothing is due. Started and
 * stopped with the application; a stop lets the sends under way finish.
 */
public class WebhookDeliveryWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryWorker.class);

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Clock clock;
    private volatile ScheduledExecutorService poller;
    private volatile ExecutorService senders;

    public WebhookDeliveryWorker(WebhookOutbox outbox, WebhookSender sender, WebhookSettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        senders = Executors.newFixedThreadPool(settings.threads(), named("webhook-sender"));
        poller = Executors.newSingleThreadScheduledExecutor(named("webhook-poller"));
        poller.scheduleWithFixedDelay(this::pollSafely, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        poller.shutdown();
        awaitTermination(poller);
        senders.shutdown();
        awaitTermination(senders);
        poller = null;
        senders = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private void pollSafely() {
        try {
            ScheduledExecutorService current = poller;
            while (current != null && !current.isShutdown() && deliverDue() == settings.batchSize()) {
                // a full batch: more may be due at once
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery poll failed; trying again at the next poll", e);
        }
    }

    /** One round: parks what waits behind dead letters, then claims and sends the due queue heads. */
    int deliverDue() {
        outbox.parkBehindDeadLetters();
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = outbox.claimDue(now, now.plus(settings.claimLease()), settings.batchSize());
        List<Future<?>> sends = claimed.stream().<Future<?>>map(delivery -> senders.submit(() -> deliver(delivery)))
                .toList();
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (Exception e) {
                LOG.warn("Webhook delivery failed unexpectedly; its claim lapses and it is sent again", e);
            }
        }
        return claimed.size();
    }

    private void deliver(ClaimedDelivery delivery) {
        if (delivery.url() == null || delivery.secret() == null) {
            outbox.drop(delivery);
            return;
        }
        WebhookSender.Outcome outcome = sender.send(delivery.url(), delivery.deliveryId(), delivery.body(),
                delivery.secret());
        Instant at = clock.instant();
        int attempt = delivery.attempts() + 1;
        if (outcome.delivered()) {
            outbox.delivered(delivery, outcome, at);
        } else if (attempt >= settings.maxAttempts()) {
            outbox.deadLetter(delivery, outcome, at);
        } else {
            outbox.retryLater(delivery, outcome, at, at.plus(settings.backoffAfter(attempt)));
        }
    }

    private void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(settings.timeout().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
