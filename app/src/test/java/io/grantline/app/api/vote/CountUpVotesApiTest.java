package io.grantline.app.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** countUpVotes: how many users up-vote a target, for anyone signed in. */
class CountUpVotesApiTest extends VoteApiSupport {

    @Test
    void everyUsersUpVoteCountsOnce() {
        String datasetUri = newDataset();
        User colleague = colleague();
        vote(owner, datasetUri, DATASET, true).data("upVote");
        vote(colleague, datasetUri, DATASET, true).data("upVote");
        vote(colleague, datasetUri, DATASET, true).data("upVote");

        assertThat(countUpVotes(owner, datasetUri)).isEqualTo(2);
    }

    @Test
    void votesThatAreNotUpAreNotCounted() {
        String datasetUri = newDataset();
        vote(owner, datasetUri, DATASET, true).data("upVote");
        vote(colleague(), datasetUri, DATASET, false).data("upVote");

        assertThat(countUpVotes(owner, datasetUri)).isEqualTo(1);
    }

    @Test
    void aDatasetNobodyVotedOnCountsZero() {
        assertThat(countUpVotes(owner, newDataset())).isZero();
    }

    @Test
    void aTeamThatMayNotReadTheDatasetStillCountsItsUpVotes() {
        vote(colleague(), sharedDatasetUri, DATASET, true).data("upVote");

        int counted = countUpVotes(outsider(), sharedDatasetUri);

        assertThat(counted).isPositive().isEqualTo(countUpVotes(owner, sharedDatasetUri));
    }

    @Test
    void aCallWithoutATokenIsAnswered401() {
        Response response = post("/graphql", null, Map.of("query", COUNT,
                "variables", Map.of("uri", sharedDatasetUri, "type", DATASET)));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void anUnknownTargetTypeIsRefusedNamingIt() {
        String error = owner.graphql(COUNT, "uri", sharedDatasetUri, "type", "Spaceship").error();

        assertThat(error).contains("InvalidInput").contains("targetType").contains("Spaceship");
    }

    @Test
    void aBlankTargetUriIsRefusedNamingIt() {
        String error = owner.graphql(COUNT, "uri", "", "type", DATASET).error();

        assertThat(error).contains("RequiredParameter").contains("targetUri");
    }
}
