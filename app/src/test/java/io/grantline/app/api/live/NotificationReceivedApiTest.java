package io.grantline.app.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** notificationReceived: the caller's new notifications (to the caller or a team of the caller), as they arrive. */
class NotificationReceivedApiTest extends LiveApiSupport {

    @Test
    void ownerReceivesTheNewShareRequestNotificationLive() {
        String datasetUri = dataset();
        String shareUri = draftShare(datasetUri);
        GraphQlWebSocket socket = connected(owner);
        String id = subscribe(socket, NOTIFICATIONS);

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        String targetUri = shareUri + "|" + datasetUri;
        live("share request notification pushed to " + owner.username).until(() ->
                texts(notifications(socket, id), "target_uri").contains(targetUri));
        JsonNode notification = notifications(socket, id).stream()
                .filter(node -> node.get("target_uri").asText().equals(targetUri)).findFirst().orElseThrow();
        assertThat(notification.get("type").asText()).isEqualTo("SHARE_OBJECT_SUBMITTED");
        assertThat(notification.get("username").asText()).isEqualTo(shared.ownerTeam());
        assertThat(notification.get("is_read").asBoolean()).isFalse();
        assertThat(notification.get("message").asText()).contains(requester.username).contains("SUBMITTED");
        assertThat(notification.get("notificationUri").asText()).isNotBlank();
    }

    @Test
    void requesterReceivesNoNotificationAddressedToTheOwnerTeam() {
        String datasetUri = dataset();
        String shareUri = draftShare(datasetUri);
        GraphQlWebSocket owners = connected(owner);
        String ownerId = subscribe(owners, NOTIFICATIONS);
        GraphQlWebSocket requesters = connected(requester);
        String requesterId = subscribe(requesters, NOTIFICATIONS);

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        String targetUri = shareUri + "|" + datasetUri;
        live("notification pushed to the owner").until(() ->
                texts(notifications(owners, ownerId), "target_uri").contains(targetUri));
        Awaitility.await("no notification of " + targetUri + " for the requester").during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> !texts(notifications(requesters, requesterId), "target_uri").contains(targetUri));
    }

    private static List<JsonNode> notifications(GraphQlWebSocket socket, String id) {
        return socket.data(id).stream().map(data -> data.get("notificationReceived")).toList();
    }
}
