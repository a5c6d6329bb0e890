package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountUnreadNotificationsApiTest extends NotificationApiSupport {

    @Test
    void countsTheUnreadNotificationsOfTheCallersTeams() {
        int before = countUnread(owner);

        submittedShare();

        assertThat(countUnread(ownerTeamMember())).isEqualTo(before + 1);
    }

    @Test
    void readNotificationsAreNotCounted() {
        SubmittedShare share = submittedShare();
        int before = countUnread(owner);

        markRead(owner, share.notificationUri()).data("markNotificationAsRead");

        assertThat(countUnread(owner)).isEqualTo(before - 1);
    }

    @Test
    void outsiderCountsNoneOfTheTeamsNotifications() {
        submittedShare();

        assertThat(countUnread(outsider())).isZero();
    }
}
