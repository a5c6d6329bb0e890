package io.grantline.app.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** shareStatusChanged: the share's status changes, pushed to those who may read the share, and to no one else. */
class ShareStatusChangedApiTest extends LiveApiSupport {

    @Test
    void requesterSeesSubmittedApprovedProcessedAsTheOwnerApproves() {
        String shareUri = draftShare(dataset());
        GraphQlWebSocket socket = connected(requester);
        String id = subscribe(socket, SHARE_STATUS, "share", shareUri);

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");

        cloud("Processed pushed for " + shareUri).until(() -> texts(changes(socket, id), "status").contains("Processed"));
        List<JsonNode> changes = changes(socket, id);
        assertThat(texts(changes, "status")).containsSubsequence("Submitted", "Approved", "Processed");
        assertThat(texts(changes, "shareUri")).containsOnly(shareUri);
        JsonNode approved = changes.get(texts(changes, "status").indexOf("Approved"));
        assertThat(approved.get("eventType").asText()).isEqualTo("io.grantline.share.ShareObjectApproved");
        assertThat(approved.get("actor").asText()).isEqualTo(owner.username);
        assertThat(approved.get("time").asText()).isNotBlank();
        assertThat(approved.get("itemStatuses")).hasSize(1);
        assertThat(approved.get("itemStatuses").get(0).get("status").asText()).isEqualTo("Share_Approved");
    }

    @Test
    void ownerTeamSeesTheRequestItApprovesWithoutNamingIt() {
        String shareUri = draftShare(dataset());
        GraphQlWebSocket socket = connected(owner);
        String id = subscribe(socket, SHARE_STATUS, "share", null);

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        live("Submitted pushed to the owner for " + shareUri).until(() -> changes(socket, id).stream()
                .anyMatch(change -> change.get("shareUri").asText().equals(shareUri)
                        && "Submitted".equals(change.get("status").asText())));
    }

    @Test
    void callerWhoMayNotReadTheShareReceivesNothingOfIt() {
        String shareUri = draftShare(dataset());
        GraphQlWebSocket outsiders = connected(outsider());
        String outsiderId = subscribe(outsiders, SHARE_STATUS, "share", null);
        GraphQlWebSocket requesters = connected(requester);
        String requesterId = subscribe(requesters, SHARE_STATUS, "share", shareUri);

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        live("Submitted pushed to the requester").until(() ->
                texts(changes(requesters, requesterId), "status").contains("Submitted"));
        Awaitility.await("nothing of " + shareUri + " for the outsider").during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> !texts(changes(outsiders, outsiderId), "shareUri").contains(shareUri));
    }

    @Test
    void subscribingToAShareTheCallerMayNotReadIsRefused() {
        String shareUri = draftShare(dataset());
        User outsider = outsider();

        String error = refusedSubscription(connected(outsider), SHARE_STATUS, "share", shareUri);

        assertThat(error).contains("UnauthorizedOperation").contains("GET_SHARE_OBJECT").contains(shareUri);
    }

    @Test
    void blankShareUriIsRefusedNamingIt() {
        String error = refusedSubscription(connected(requester), SHARE_STATUS, "share", " ");

        assertThat(error).contains("RequiredParameter").contains("shareUri");
    }

    private static List<JsonNode> changes(GraphQlWebSocket socket, String id) {
        return socket.data(id).stream().map(data -> data.get("shareStatusChanged")).toList();
    }
}
