package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkAllNotificationsAsReadApiTest extends NotificationApiSupport {

    @Test
    void marksEveryUnreadNotificationOfTheCallersTeamsAndAnswersHowMany() {
        SubmittedShare first = submittedShare();
        SubmittedShare second = submittedShare();
        int unread = countUnread(owner);

        assertThat(markAllRead(ownerTeamMember()).data("markAllNotificationsAsRead").asInt()).isEqualTo(unread);

        assertThat(countUnread(owner)).isZero();
        assertThat(uris(list(owner, map("read", true, "pageSize", 1000))))
                .contains(first.notificationUri(), second.notificationUri());
    }

    @Test
    void withNothingUnreadMarksNoneAndAnswersZero() {
        submittedShare();
        markAllRead(owner).data("markAllNotificationsAsRead");

        assertThat(markAllRead(owner).data("markAllNotificationsAsRead").asInt()).isZero();
    }

    @Test
    void outsiderMarksNoneOfTheTeamsNotifications() {
        SubmittedShare share = submittedShare();
        int unread = countUnread(owner);

        assertThat(markAllRead(outsider()).data("markAllNotificationsAsRead").asInt()).isZero();

        assertThat(countUnread(owner)).isEqualTo(unread);
        assertThat(notificationAbout(owner, share.targetUri(), "SHARE_OBJECT_SUBMITTED").orElseThrow()
                .get("is_read").asBoolean()).isFalse();
    }
}
