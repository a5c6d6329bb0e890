package io.grantline.app.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** data.all's collaboration flow postFeedMessage → getFeed, between the two teams that may read a table. */
class FeedJourneyApiTest extends FeedApiSupport {

    @Test
    void twoTeamsTalkOnATablesFeed() {
        String thread = unique("thread");
        String question = "Is customers complete for December? " + thread;
        String answer = "Yes, since this morning " + thread;

        String asked = post(steward, tableUri, TABLE, question).text("postFeedMessage.feedMessageUri");
        JsonNode seenByOwner = feed(owner, tableUri, TABLE, map("term", thread)).data("getFeed.messages");
        String answered = post(owner, tableUri, TABLE, answer).text("postFeedMessage.feedMessageUri");
        JsonNode seenBySteward = feed(steward, tableUri, TABLE, map("term", thread)).data("getFeed.messages");

        assertThat(texts(seenByOwner.get("nodes"), "feedMessageUri")).containsExactly(asked);
        assertThat(seenBySteward.get("count").asInt()).isEqualTo(2);
        assertThat(texts(seenBySteward.get("nodes"), "feedMessageUri")).containsExactly(answered, asked);
        assertThat(texts(seenBySteward.get("nodes"), "creator")).containsExactly(owner.username, steward.username);
    }
}
