package io.grantline.app.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** getVote: the caller's own vote on a target, or null; for anyone signed in. */
class GetVoteApiTest extends VoteApiSupport {

    @Test
    void getVoteAnswersTheCallersOwnVote() {
        User voter = colleague();
        String voteUri = vote(voter, sharedDatasetUri, DATASET, true).text("upVote.voteUri");

        JsonNode vote = getVote(voter, sharedDatasetUri).data("getVote");

        assertThat(vote.get("voteUri").asText()).isEqualTo(voteUri);
        assertThat(vote.get("targetUri").asText()).isEqualTo(sharedDatasetUri);
        assertThat(vote.get("upvote").asBoolean()).isTrue();
    }

    @Test
    void beforeVotingThereIsNoVote() {
        assertThat(getVote(colleague(), sharedDatasetUri).data("getVote").isNull()).isTrue();
    }

    @Test
    void anotherUsersVoteIsNotAnswered() {
        vote(colleague(), sharedDatasetUri, DATASET, true).data("upVote");

        assertThat(getVote(colleague(), sharedDatasetUri).data("getVote").isNull()).isTrue();
    }

    @Test
    void aTeamThatMayNotReadTheDatasetIsAnsweredItHasNoVote() {
        assertThat(getVote(outsider(), sharedDatasetUri).data("getVote").isNull()).isTrue();
    }

    @Test
    void aCallWithoutATokenIsAnswered401() {
        Response response = post("/graphql", null, Map.of("query", GET_VOTE,
                "variables", Map.of("uri", sharedDatasetUri, "type", DATASET)));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void anUnknownTargetTypeIsRefusedNamingIt() {
        String error = owner.graphql(GET_VOTE, "uri", sharedDatasetUri, "type", "Spaceship").error();

        assertThat(error).contains("InvalidInput").contains("targetType").contains("Spaceship");
    }

    @Test
    void aBlankTargetUriIsRefusedNamingIt() {
        String error = owner.graphql(GET_VOTE, "uri", "", "type", DATASET).error();

        assertThat(error).contains("RequiredParameter").contains("targetUri");
    }
}
