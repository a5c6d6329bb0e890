package io.grantline.app.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** upVote: a team that may read a dataset votes on it; one vote per user, which voting again changes. */
class UpVoteApiTest extends VoteApiSupport {

    @Test
    void upVoteAnswersTheCallersVote() {
        JsonNode vote = vote(colleague(), sharedDatasetUri, DATASET, true).data("upVote");

        assertThat(vote.get("voteUri").asText()).isNotBlank();
        assertThat(vote.get("targetUri").asText()).isEqualTo(sharedDatasetUri);
        assertThat(vote.get("targetType").asText()).isEqualTo(DATASET);
        assertThat(vote.get("upvote").asBoolean()).isTrue();
        assertThat(vote.get("created").asText()).isNotBlank();
    }

    @Test
    void votingTheSameAgainRecordsNothing() {
        User voter = colleague();
        String first = vote(voter, sharedDatasetUri, DATASET, true).text("upVote.voteUri");

        String again = vote(voter, sharedDatasetUri, DATASET, true).text("upVote.voteUri");

        assertThat(again).isEqualTo(first);
        assertThat(eventsOfVote(first)).isEqualTo(1);
    }

    @Test
    void votingOtherwiseChangesTheSameVote() {
        User voter = colleague();
        String first = vote(voter, sharedDatasetUri, DATASET, true).text("upVote.voteUri");

        JsonNode changed = vote(voter, sharedDatasetUri, DATASET, false).data("upVote");

        assertThat(changed.get("voteUri").asText()).isEqualTo(first);
        assertThat(changed.get("upvote").asBoolean()).isFalse();
        assertThat(eventsOfVote(first)).isEqualTo(2);
    }

    @Test
    void aTeamThatMayReadTheDatasetVotesOnIt() {
        JsonNode vote = vote(steward, sharedDatasetUri, DATASET, true).data("upVote");

        assertThat(vote.get("upvote").asBoolean()).isTrue();
    }

    @Test
    void aTeamThatMayNotReadTheDatasetCannotVoteOnIt() {
        User outsider = outsider();

        String error = refusedWithoutVoting(() -> vote(outsider, sharedDatasetUri, DATASET, true));

        assertUnauthorized(error, outsider, "GET_DATASET", sharedDatasetUri);
    }

    @Test
    void anUnknownTargetTypeIsRefusedNamingIt() {
        String error = refusedWithoutVoting(() -> vote(owner, sharedDatasetUri, "Dataset", true));

        assertThat(error).contains("InvalidInput").contains("targetType").contains("Dataset");
    }

    @Test
    void aBlankTargetUriIsRefusedNamingIt() {
        String error = refusedWithoutVoting(() -> vote(owner, " ", DATASET, true));

        assertThat(error).contains("RequiredParameter").contains("targetUri");
    }
}
