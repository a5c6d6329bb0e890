package io.grantline.app.api.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A graphql-transport-ws client over the JDK's WebSocket: connection_init, subscribe, and every message the server
 * sent, kept in arrival order for the test to look at; the close code when the server closed the connection.
 */
final class GraphQlWebSocket implements WebSocket.Listener, AutoCloseable {

    static final String PROTOCOL = "graphql-transport-ws";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile Integer closeCode;

    static GraphQlWebSocket open(int port) {
        GraphQlWebSocket client = new GraphQlWebSocket();
        client.socket = HTTP.newWebSocketBuilder().subprotocols(PROTOCOL)
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), client).join();
        return client;
    }

    /** connection_init with the token in the payload, as browsers send it; no payload when token is null. */
    void init(String token) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "connection_init");
        if (token != null) {
            message.put("payload", Map.of("Authorization", "Bearer " + token));
        }
        send(message);
    }

    void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    boolean acknowledged() {
        return messages.stream().anyMatch(message -> "connection_ack".equals(message.path("type").asText()));
    }

    /** The data of each next message of the subscription, in arrival order. */
    List<JsonNode> data(String id) {
        List<JsonNode> data = new ArrayList<>();
        for (JsonNode message : messages) {
            if ("next".equals(message.path("type").asText()) && id.equals(message.path("id").asText())) {
                data.add(message.path("payload").path("data"));
            }
        }
        return data;
    }

    /** The error messages the server answered the subscription with (an error message, or errors in a next). */
    List<String> errors(String id) {
        List<String> errors = new ArrayList<>();
        for (JsonNode message : messages) {
            if (!id.equals(message.path("id").asText())) {
                continue;
            }
            JsonNode list = "error".equals(message.path("type").asText()) ? message.path("payload")
                    : message.path("payload").path("errors");
            list.forEach(error -> errors.add(error.path("message").asText()));
        }
        return errors;
    }

    Integer closeCode() {
        return closeCode;
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + message, e);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode message = JSON.readTree(partial.toString());
                if ("ping".equals(message.path("type").asText())) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                }
                messages.add(message);
            } catch (Exception e) {
                throw new IllegalStateException("Not JSON: " + partial, e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        return null;
    }

    @Override
    public void close() {
        if (closeCode == null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
        socket.abort();
    }
}
