package io.grantline.app.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WebSocket authenticates as the HTTP API does: a valid JWT in connection_init, or the connection is closed. */
class WebSocketAuthenticationApiTest extends LiveApiSupport {

    static final int UNAUTHORIZED = 4401;

    @Test
    void validTokenIsAcknowledged() {
        GraphQlWebSocket socket = connected(requester);

        assertThat(socket.acknowledged()).isTrue();
        assertThat(socket.closeCode()).isNull();
    }

    @Test
    void connectionInitWithoutTokenIsClosedUnauthorized() {
        GraphQlWebSocket socket = socket();

        socket.init(null);

        live("close of a connection without token").until(() -> socket.closeCode() != null);
        assertThat(socket.closeCode()).isEqualTo(UNAUTHORIZED);
        assertThat(socket.acknowledged()).isFalse();
    }

    @Test
    void connectionInitWithAForgedTokenIsClosedUnauthorized() {
        GraphQlWebSocket socket = socket();
        String forged = requester.token.substring(0, requester.token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        socket.init(forged);

        live("close of a connection with a forged token").until(() -> socket.closeCode() != null);
        assertThat(socket.closeCode()).isEqualTo(UNAUTHORIZED);
        assertThat(socket.acknowledged()).isFalse();
    }

    @Test
    void subscriptionBeforeConnectionInitIsClosedUnauthorized() {
        GraphQlWebSocket socket = socket();

        socket.subscribe("early", NOTIFICATIONS, map());

        live("close of a connection that subscribed first").until(() -> socket.closeCode() != null);
        assertThat(socket.closeCode()).isEqualTo(UNAUTHORIZED);
        assertThat(socket.data("early")).isEmpty();
    }
}
