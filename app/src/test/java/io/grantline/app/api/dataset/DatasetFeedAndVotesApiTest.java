package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.projections.catalog.CatalogIndex;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** data.all's feed and votes on a dataset: for the teams that may read it, counted in the catalog too. */
class DatasetFeedAndVotesApiTest extends DatasetApiSupport {

    static final String POST = """
            mutation($uri: String!, $type: String!, $input: FeedMessageInput) {
              postFeedMessage(targetUri: $uri, targetType: $type, input: $input) { feedMessageUri content creator created }
            }""";
    static final String FEED = """
            query($uri: String!, $type: String!, $filter: FeedMessageFilter) {
              getFeed(targetUri: $uri, targetType: $type) {
                feedTargetUri feedTargetType messages(filter: $filter) { count nodes { content creator } }
              }
            }""";
    static final String UP_VOTE = """
            mutation($input: VoteInput!) { upVote(input: $input) { voteUri targetUri targetType upvote created } }""";
    static final String COUNT = """
            query($uri: String!, $type: String!) { countUpVotes(targetUri: $uri, targetType: $type) }""";
    static final String GET_VOTE = """
            query($uri: String!, $type: String!) { getVote(targetUri: $uri, targetType: $type) { voteUri upvote } }""";
    static final String STATISTICS = """
            query($uri: String!) { getDataset(datasetUri: $uri) { statistics { upvotes } } }""";

    @Autowired
    CatalogIndex catalog;

    String datasetUri;

    @BeforeEach
    void aDataset() {
        datasetUri = createDatasetUri(unique("feed"));
    }

    @Test
    void aPostedMessageIsInTheDatasetsFeed() {
        JsonNode posted = owner.graphql(POST, "uri", datasetUri, "type", "Dataset", "input",
                map("content", "Partition 2026-12 landed")).data("postFeedMessage");

        assertThat(posted.get("creator").asText()).isEqualTo(owner.username);
        JsonNode feed = owner.graphql(FEED, "uri", datasetUri, "type", "Dataset", "filter", null).data("getFeed");
        assertThat(feed.get("feedTargetUri").asText()).isEqualTo(datasetUri);
        assertThat(texts(feed.at("/messages/nodes"), "content")).containsExactly("Partition 2026-12 landed");
    }

    @Test
    void theFeedIsNewestFirstAndFindsATerm() {
        owner.graphql(POST, "uri", datasetUri, "type", "Dataset", "input", map("content", "first")).data("postFeedMessage");
        owner.graphql(POST, "uri", datasetUri, "type", "Dataset", "input", map("content", "second")).data("postFeedMessage");

        JsonNode all = owner.graphql(FEED, "uri", datasetUri, "type", "Dataset", "filter", null).data("getFeed");
        JsonNode found = owner.graphql(FEED, "uri", datasetUri, "type", "Dataset", "filter", map("term", "sec"))
                .data("getFeed");

        assertThat(texts(all.at("/messages/nodes"), "content")).containsExactly("second", "first");
        assertThat(texts(found.at("/messages/nodes"), "content")).containsExactly("second");
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotPostOnItsFeed() {
        User outsider = outsider();

        String error = outsider.graphql(POST, "uri", datasetUri, "type", "Dataset", "input", map("content", "hi"))
                .error();

        assertUnauthorized(error, outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotReadItsFeed() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(FEED, "uri", datasetUri, "type", "Dataset", "filter", null).error(),
                outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void anUnknownFeedTargetTypeIsRefusedNamingIt() {
        String error = owner.graphql(FEED, "uri", datasetUri, "type", "Spaceship", "filter", null).error();

        assertThat(error).contains("targetType").contains("Spaceship");
    }

    @Test
    void anEmptyMessageIsRefusedAndPostsNothing() {
        String error = owner.graphql(POST, "uri", datasetUri, "type", "Dataset", "input", map("content", " "))
                .error();

        assertThat(error).contains("content");
        assertThat(owner.graphql(FEED, "uri", datasetUri, "type", "Dataset", "filter", null)
                .data("getFeed.messages.count").asInt()).isZero();
    }

    @Test
    void upVotesAreCountedOncePerUserAndCanBeTakenBack() {
        User colleague = signIn(unique("colleague"), team);
        upVote(owner, true);
        upVote(colleague, true);
        upVote(colleague, true);
        assertThat(owner.graphql(COUNT, "uri", datasetUri, "type", "dataset").data("countUpVotes").asInt())
                .isEqualTo(2);

        JsonNode changed = upVote(colleague, false);

        assertThat(changed.get("upvote").asBoolean()).isFalse();
        assertThat(owner.graphql(COUNT, "uri", datasetUri, "type", "dataset").data("countUpVotes").asInt())
                .isEqualTo(1);
        assertThat(owner.graphql(STATISTICS, "uri", datasetUri).data("getDataset.statistics.upvotes").asInt())
                .isEqualTo(1);
    }

    @Test
    void getVoteAnswersTheCallersOwnVote() {
        upVote(owner, true);

        assertThat(owner.graphql(GET_VOTE, "uri", datasetUri, "type", "dataset").data("getVote.upvote").asBoolean())
                .isTrue();
        assertThat(signIn(unique("colleague"), team).graphql(GET_VOTE, "uri", datasetUri, "type", "dataset")
                .data("getVote").isNull()).isTrue();
    }

    @Test
    void upVotesShowInTheCatalogDocument() {
        upVote(owner, true);

        Awaitility.await("the catalog document counts the up-vote").atMost(Duration.ofSeconds(30))
                .until(() -> {
                    JsonNode doc = catalog.document(datasetUri);
                    return doc != null && doc.get("upvotes").asInt() == 1;
                });
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotVoteOnIt() {
        User outsider = outsider();

        String error = outsider.graphql(UP_VOTE, "input", map("targetUri", datasetUri, "targetType", "dataset",
                "upvote", true)).error();

        assertUnauthorized(error, outsider, "GET_DATASET", datasetUri);
    }

    @Test
    void anUnknownVoteTargetTypeIsRefusedNamingIt() {
        String error = owner.graphql(UP_VOTE, "input", map("targetUri", datasetUri, "targetType", "Dataset",
                "upvote", true)).error();

        assertThat(error).contains("targetType").contains("Dataset");
    }

    private JsonNode upVote(User user, boolean up) {
        return user.graphql(UP_VOTE, "input", map("targetUri", datasetUri, "targetType", "dataset", "upvote", up))
                .data("upVote");
    }
}
