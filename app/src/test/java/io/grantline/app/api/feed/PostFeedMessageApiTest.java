package io.grantline.app.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** postFeedMessage: whoever may read a dataset, table or folder posts on its feed, as data.all's registry says. */
class PostFeedMessageApiTest extends FeedApiSupport {

    @Test
    void postFeedMessageAnswersTheMessageWithItsCreator() {
        String content = unique("Partition 2026-12 landed");

        JsonNode posted = post(owner, datasetUri, DATASET, content).data("postFeedMessage");

        assertThat(posted.get("feedMessageUri").asText()).isNotBlank();
        assertThat(posted.get("content").asText()).isEqualTo(content);
        assertThat(posted.get("creator").asText()).isEqualTo(owner.username);
        assertThat(posted.get("created").asText()).isNotBlank();
    }

    @Test
    void aTableHasAFeedOfItsOwn() {
        String content = unique("customers has a new column");

        post(owner, tableUri, TABLE, content).data("postFeedMessage");

        assertThat(texts(messagesWith(tableUri, TABLE, content).get("nodes"), "content")).containsExactly(content);
        assertThat(messagesWith(datasetUri, DATASET, content).get("count").asInt()).isZero();
    }

    @Test
    void aFolderHasAFeedOfItsOwn() {
        String content = unique("raw files arrive hourly");

        post(owner, folderUri, FOLDER, content).data("postFeedMessage");

        assertThat(texts(messagesWith(folderUri, FOLDER, content).get("nodes"), "content")).containsExactly(content);
        assertThat(messagesWith(datasetUri, DATASET, content).get("count").asInt()).isZero();
    }

    @Test
    void aTeamThatMayReadTheDatasetPostsOnItsFeed() {
        String content = unique("stewards approve the new schema");

        JsonNode posted = post(steward, datasetUri, DATASET, content).data("postFeedMessage");

        assertThat(posted.get("creator").asText()).isEqualTo(steward.username);
        assertThat(texts(messagesWith(datasetUri, DATASET, content).get("nodes"), "creator"))
                .containsExactly(steward.username);
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotPostOnItsFeed() {
        User outsider = outsider();

        String error = refusedWithoutPosting(() -> post(outsider, datasetUri, DATASET, "hello"));

        assertUnauthorized(error, outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void aTeamThatMayNotReadTheTableCannotPostOnItsFeed() {
        User outsider = outsider();

        String error = refusedWithoutPosting(() -> post(outsider, tableUri, TABLE, "hello"));

        assertUnauthorized(error, outsider, "GET_DATASET_TABLE", tableUri);
    }

    @Test
    void aTeamThatMayNotReadTheFolderCannotPostOnItsFeed() {
        User outsider = outsider();

        String error = refusedWithoutPosting(() -> post(outsider, folderUri, FOLDER, "hello"));

        assertUnauthorized(error, outsider, "GET_DATASET_FOLDER", folderUri);
    }

    @Test
    void thePermissionFollowsTheTargetTypeNamed() {
        String error = refusedWithoutPosting(() -> post(owner, datasetUri, TABLE, "hello"));

        assertUnauthorized(error, owner, "GET_DATASET_TABLE", datasetUri);
    }

    @Test
    void anEmptyMessageIsRefusedNamingContent() {
        String error = refusedWithoutPosting(() -> post(owner, datasetUri, DATASET, " "));

        assertThat(error).contains("RequiredParameter").contains("content");
    }

    @Test
    void aMessageWithoutInputIsRefused() {
        String error = refusedWithoutPosting(() -> owner.graphql(POST, "uri", datasetUri, "type", DATASET,
                "input", null));

        assertThat(error).contains("RequiredParameter").contains("input");
    }

    @Test
    void anOverlongMessageIsRefusedNamingContent() {
        String error = refusedWithoutPosting(() -> post(owner, datasetUri, DATASET, "x".repeat(10_001)));

        assertThat(error).contains("InvalidInput").contains("content");
    }

    @Test
    void anUnknownTargetTypeIsRefusedNamingIt() {
        String error = refusedWithoutPosting(() -> post(owner, datasetUri, "Spaceship", "hello"));

        assertThat(error).contains("InvalidInput").contains("targetType").contains("Spaceship");
    }

    @Test
    void aBlankTargetUriIsRefusedNamingIt() {
        String error = refusedWithoutPosting(() -> post(owner, " ", DATASET, "hello"));

        assertThat(error).contains("RequiredParameter").contains("targetUri");
    }
}
