package io.grantline.app.api.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a free loopback port: answers 500 to the first failures it is told to, or to everything
 * while failing, and 204 otherwise; it keeps every request it got, accepted or not.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request: the headers that matter, the body as sent and parsed, and what the receiver answered. */
    record Request(String contentType, String signature, String deliveryId, String body, JsonNode event,
                   int answered) {

        boolean accepted() {
            return answered < 300;
        }

        long sequence() {
            return Long.parseLong(event.get("sequence").asText());
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile boolean failing;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver failingFirst(int failures) {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.failuresLeft.set(failures);
        return receiver;
    }

    static WebhookReceiver alwaysFailing() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.failing = true;
        return receiver;
    }

    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/hook";
    }

    void recover() {
        failing = false;
    }

    List<Request> accepted() {
        return requests.stream().filter(Request::accepted).toList();
    }

    /**
     * The sequence numbers of the accepted events in arrival order, a repeat of the one just before dropped: delivery
     * is at least once, so a send whose answer was lost (a timeout) comes again before anything after it.
     */
    List<Long> acceptedSequences() {
        List<Long> sequences = new ArrayList<>();
        for (Request request : accepted()) {
            if (sequences.isEmpty() || sequences.get(sequences.size() - 1) != request.sequence()) {
                sequences.add(request.sequence());
            }
        }
        return sequences;
    }

    Request acceptedWith(long sequence) {
        return accepted().stream().filter(request -> request.sequence() == sequence).findFirst().orElseThrow();
    }

    List<Request> refused() {
        return requests.stream().filter(request -> !request.accepted()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = failing || failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 500 : 204;
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("X-Grantline-Signature"),
                exchange.getRequestHeaders().getFirst("X-Grantline-Delivery"), body, JSON.readTree(body), status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
