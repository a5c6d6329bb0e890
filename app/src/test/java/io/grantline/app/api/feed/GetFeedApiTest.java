package io.grantline.app.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** getFeed: a target's feed, its messages newest first, found by a term and read in pages, for its readers. */
class GetFeedApiTest extends FeedApiSupport {

    @Test
    void getFeedAnswersTheTarget() {
        JsonNode feed = feed(owner, tableUri, TABLE, null).data("getFeed");

        assertThat(feed.get("feedTargetUri").asText()).isEqualTo(tableUri);
        assertThat(feed.get("feedTargetType").asText()).isEqualTo(TABLE);
    }

    @Test
    void messagesAreNewestFirst() {
        String term = unique("order");
        post(owner, datasetUri, DATASET, "first " + term).data("postFeedMessage");
        post(owner, datasetUri, DATASET, "second " + term).data("postFeedMessage");

        JsonNode messages = messagesWith(datasetUri, DATASET, term);

        assertThat(texts(messages.get("nodes"), "content")).containsExactly("second " + term, "first " + term);
    }

    @Test
    void theTermFindsMessagesByTheirCreator() {
        User colleague = signIn(unique("feed-colleague"), stewardsTeam);
        post(colleague, folderUri, FOLDER, "files are late today").data("postFeedMessage");

        JsonNode messages = messagesWith(folderUri, FOLDER, colleague.username);

        assertThat(texts(messages.get("nodes"), "creator")).containsExactly(colleague.username);
    }

    @Test
    void messagesComeInPages() {
        String term = unique("paged");
        for (int i = 1; i <= 3; i++) {
            post(owner, datasetUri, DATASET, "message " + i + " " + term).data("postFeedMessage");
        }

        JsonNode first = feed(owner, datasetUri, DATASET, map("term", term, "page", 1, "pageSize", 2))
                .data("getFeed.messages");
        JsonNode second = feed(owner, datasetUri, DATASET, map("term", term, "page", 2, "pageSize", 2))
                .data("getFeed.messages");

        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(first.get("hasPrevious").asBoolean()).isFalse();
        assertThat(texts(first.get("nodes"), "content")).containsExactly("message 3 " + term, "message 2 " + term);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("hasPrevious").asBoolean()).isTrue();
        assertThat(texts(second.get("nodes"), "content")).containsExactly("message 1 " + term);
    }

    @Test
    void aTeamThatMayReadTheTableReadsItsFeed() {
        String content = unique("customers refreshed");
        post(owner, tableUri, TABLE, content).data("postFeedMessage");

        JsonNode messages = feed(steward, tableUri, TABLE, map("term", content)).data("getFeed.messages");

        assertThat(texts(messages.get("nodes"), "content")).containsExactly(content);
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotReadItsFeed() {
        User outsider = outsider();

        assertUnauthorized(feed(outsider, datasetUri, DATASET, null).error(), outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void aTeamThatMayNotReadTheTableCannotReadItsFeed() {
        User outsider = outsider();

        assertUnauthorized(feed(outsider, tableUri, TABLE, null).error(), outsider, "GET_DATASET_TABLE", tableUri);
    }

    @Test
    void aTeamThatMayNotReadTheFolderCannotReadItsFeed() {
        User outsider = outsider();

        assertUnauthorized(feed(outsider, folderUri, FOLDER, null).error(), outsider, "GET_DATASET_FOLDER",
                folderUri);
    }

    @Test
    void anUnknownTargetTypeIsRefusedNamingIt() {
        String error = feed(owner, datasetUri, "Spaceship", null).error();

        assertThat(error).contains("InvalidInput").contains("targetType").contains("Spaceship");
    }

    @Test
    void aBlankTargetUriIsRefusedNamingIt() {
        String error = feed(owner, "", DATASET, null).error();

        assertThat(error).contains("RequiredParameter").contains("targetUri");
    }
}
