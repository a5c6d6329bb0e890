package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Which notifications the share workflow leaves, to whom, worded as data.all words them. */
class ShareNotificationsApiTest extends NotificationApiSupport {

    @Test
    void submittedShareNotifiesTheDatasetsOwnerTeam() {
        SubmittedShare share = submittedShare();

        JsonNode notification = share.notification();
        assertThat(notification.get("username").asText()).isEqualTo(shared.ownerTeam());
        assertThat(notification.get("target_uri").asText()).isEqualTo(share.shareUri() + "|" + share.datasetUri());
        assertThat(notification.get("message").asText()).isEqualTo("User " + requester.username
                + " SUBMITTED share request for dataset " + share.datasetName() + " for principal "
                + shared.requesterTeam());
        assertThat(notification.get("is_read").asBoolean()).isFalse();
        assertThat(notification.get("created").asText()).isNotBlank();
    }

    @Test
    void requestingTeamIsNotNotifiedOfItsOwnSubmission() {
        SubmittedShare share = submittedShare();

        assertThat(notificationAbout(requester, share.targetUri(), "SHARE_OBJECT_SUBMITTED")).isEmpty();
    }

    @Test
    void approvedShareNotifiesTheRequestingTeam() {
        SubmittedShare share = submittedShare();

        owner.graphql(APPROVE, "share", share.shareUri()).data("approveShareObject");

        JsonNode notification = awaitNotification(requester, share.targetUri(), "SHARE_OBJECT_APPROVED");
        assertThat(notification.get("username").asText()).isEqualTo(shared.requesterTeam());
        assertThat(notification.get("message").asText()).isEqualTo("User " + owner.username
                + " APPROVED share request for dataset " + share.datasetName() + " for principal "
                + shared.requesterTeam());
    }

    @Test
    void rejectedShareNotifiesTheRequestingTeam() {
        SubmittedShare share = submittedShare();

        owner.graphql(REJECT, "share", share.shareUri(), "purpose", "Not this month").data("rejectShareObject");

        JsonNode notification = awaitNotification(requester, share.targetUri(), "SHARE_OBJECT_REJECTED");
        assertThat(notification.get("message").asText()).isEqualTo("User " + owner.username
                + " REJECTED share request for dataset " + share.datasetName() + " for principal "
                + shared.requesterTeam());
    }
}
