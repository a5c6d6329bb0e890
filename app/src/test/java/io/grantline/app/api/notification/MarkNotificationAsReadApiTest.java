package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MarkNotificationAsReadApiTest extends NotificationApiSupport {

    @Test
    void memberOfTheRecipientTeamMarksItRead() {
        SubmittedShare share = submittedShare();

        assertThat(markRead(ownerTeamMember(), share.notificationUri()).data("markNotificationAsRead").asBoolean())
                .isTrue();

        JsonNode notification = notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED").orElseThrow();
        assertThat(notification.get("is_read").asBoolean()).isTrue();
        assertThat(notification.get("updated").asText()).isNotBlank();
    }

    @Test
    void markingAReadNotificationAgainAnswersTrueAndChangesNothing() {
        SubmittedShare share = submittedShare();
        markRead(owner, share.notificationUri()).data("markNotificationAsRead");
        JsonNode first = notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED").orElseThrow();

        assertThat(markRead(owner, share.notificationUri()).data("markNotificationAsRead").asBoolean()).isTrue();

        assertThat(notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED")).contains(first);
    }

    @Test
    void someoneOutsideTheRecipientTeamCannotMarkItRead() {
        SubmittedShare share = submittedShare();
        User outsider = outsider();

        String error = markRead(outsider, share.notificationUri()).error();

        assertThat(error).contains("UnauthorizedOperation").contains("User " + outsider.username
                + " is not the recipient user/group of the notification " + share.notificationUri());
        assertThat(notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED").orElseThrow()
                .get("is_read").asBoolean()).isFalse();
    }

    @Test
    void requestingTeamCannotMarkTheApproversNotificationRead() {
        SubmittedShare share = submittedShare();

        String error = markRead(requester, share.notificationUri()).error();

        assertThat(error).contains("UnauthorizedOperation").contains(share.notificationUri());
        assertThat(notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED").orElseThrow()
                .get("is_read").asBoolean()).isFalse();
    }

    @Test
    void unknownNotificationIsRefusedNamingIt() {
        int before = countUnread(owner);

        String error = markRead(owner, "nosuchnotification").error();

        assertThat(error).contains("UnauthorizedOperation").contains("nosuchnotification");
        assertThat(countUnread(owner)).isEqualTo(before);
    }

    @Test
    void markingWithoutANotificationUriIsRefusedAsRequired() {
        int before = countUnread(owner);

        String error = markRead(owner, " ").error();

        assertThat(error).contains("RequiredParameter").contains("notificationUri");
        assertThat(countUnread(owner)).isEqualTo(before);
    }
}
