package io.grantline.integration.webhook;

import io.grantline.integration.CloudEventEnvelope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts one CloudEvent to a subscriber, signed, and says how it went. Never throws for the subscriber's faults. */
public class WebhookSender {

    public static final String DELIVERY_HEADER = "X-Grantline-Delivery";

    /** statusCode is null when no answer came (refused connection, timeout, bad url). */
    public record Outcome(Integer statusCode, String error, long durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    public WebhookSender(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    public Outcome send(String url, String deliveryId, String body, String secret) {
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", CloudEventEnvelope.MEDIA_TYPE)
                    .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                    .header(DELIVERY_HEADER, deliveryId)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "HTTP " + status;
            return new Outcome(status, error, elapsedMs(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", elapsedMs(started));
        }
    }

    private static long elapsedMs(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
