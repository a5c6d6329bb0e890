package io.grantline.app.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListNotificationsApiTest extends NotificationApiSupport {

    @Test
    void listsTheNotificationsOfTheCallersTeamsNewestFirst() {
        SubmittedShare older = submittedShare();
        SubmittedShare newer = submittedShare();

        List<String> listed = uris(list(ownerTeamMember(), map("pageSize", 1000)));

        assertThat(listed).containsSubsequence(newer.notificationUri(), older.notificationUri());
    }

    @Test
    void unreadFilterLeavesOutReadNotifications() {
        SubmittedShare read = submittedShare();
        SubmittedShare unread = submittedShare();
        markRead(owner, read.notificationUri()).data("markNotificationAsRead");

        List<String> listed = uris(list(owner, map("unread", true, "pageSize", 1000)));

        assertThat(listed).contains(unread.notificationUri()).doesNotContain(read.notificationUri());
    }

    @Test
    void readFilterKeepsOnlyReadNotifications() {
        SubmittedShare read = submittedShare();
        SubmittedShare unread = submittedShare();
        markRead(owner, read.notificationUri()).data("markNotificationAsRead");

        List<String> listed = uris(list(owner, map("read", true, "pageSize", 1000)));

        assertThat(listed).contains(read.notificationUri()).doesNotContain(unread.notificationUri());
    }

    @Test
    void archivedFilterFindsNothingBecauseNothingArchivesNotifications() {
        submittedShare();

        assertThat(list(owner, map("archived", true)).get("count").asInt()).isZero();
    }

    @Test
    void listingPagesThroughTheNotifications() {
        submittedShare();
        submittedShare();

        JsonNode second = list(owner, map("page", 2, "pageSize", 1));

        assertThat(second.get("nodes")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("hasPrevious").asBoolean()).isTrue();
        assertThat(second.get("pages").asInt()).isEqualTo(second.get("count").asInt());
    }

    @Test
    void outsiderListsNoneOfTheTeamsNotifications() {
        SubmittedShare share = submittedShare();

        JsonNode listed = list(outsider(), map("pageSize", 1000));

        assertThat(uris(listed)).doesNotContain(share.notificationUri());
        assertThat(listed.get("count").asInt()).isZero();
    }

    @Test
    void pagePastTheLastAnswersNoNodesButTheCount() {
        submittedShare();
        int count = list(owner, map()).get("count").asInt();

        JsonNode beyond = list(owner, map("page", count + 5, "pageSize", 1));

        assertThat(beyond.get("nodes")).isEmpty();
        assertThat(beyond.get("count").asInt()).isEqualTo(count);
        assertThat(beyond.get("hasNext").asBoolean()).isFalse();
    }
}
