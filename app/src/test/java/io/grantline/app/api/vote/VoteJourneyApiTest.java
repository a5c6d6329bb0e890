package io.grantline.app.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.projections.catalog.CatalogIndex;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** data.all's flow upVote → countUpVotes → getVote → upVote(false) → countUpVotes, and where up-votes show. */
class VoteJourneyApiTest extends VoteApiSupport {

    @Autowired
    CatalogIndex catalog;

    @Test
    void aVoteIsCastCountedReadAndTakenBack() {
        String datasetUri = newDataset();
        User colleague = colleague();
        vote(owner, datasetUri, DATASET, true).data("upVote");

        vote(colleague, datasetUri, DATASET, true).data("upVote");
        int afterUpVotes = countUpVotes(steward, datasetUri);
        JsonNode ownVote = getVote(colleague, datasetUri).data("getVote");
        JsonNode takenBack = vote(colleague, datasetUri, DATASET, false).data("upVote");
        int afterTakingBack = countUpVotes(steward, datasetUri);

        assertThat(afterUpVotes).isEqualTo(2);
        assertThat(ownVote.get("upvote").asBoolean()).isTrue();
        assertThat(takenBack.get("voteUri").asText()).isEqualTo(ownVote.get("voteUri").asText());
        assertThat(takenBack.get("upvote").asBoolean()).isFalse();
        assertThat(afterTakingBack).isEqualTo(1);
        assertThat(getVote(colleague, datasetUri).data("getVote.upvote").asBoolean()).isFalse();
    }

    @Test
    void theDatasetsStatisticsCountItsUpVotes() {
        String datasetUri = newDataset();
        vote(owner, datasetUri, DATASET, true).data("upVote");
        vote(colleague(), datasetUri, DATASET, true).data("upVote");

        JsonNode statistics = owner.graphql(STATISTICS, "uri", datasetUri).data("getDataset.statistics");

        assertThat(statistics.get("upvotes").asInt()).isEqualTo(2);
    }

    @Test
    void upVotesShowInTheCatalogDocument() {
        String datasetUri = newDataset();
        vote(owner, datasetUri, DATASET, true).data("upVote");

        Awaitility.await("the catalog document of " + datasetUri + " counts the up-vote")
                .atMost(Duration.ofSeconds(30))
                .until(() -> {
                    JsonNode document = catalog.document(datasetUri);
                    return document != null && document.path("upvotes").asInt() == 1;
                });
    }

    @Test
    void deletingTheDatasetDeletesItsVotes() {
        String datasetUri = newDataset();
        vote(owner, datasetUri, DATASET, true).data("upVote");

        owner.graphql(DELETE_DATASET, "uri", datasetUri).data("deleteDataset");

        assertThat(countUpVotes(owner, datasetUri)).isZero();
        assertThat(getVote(owner, datasetUri).data("getVote").isNull()).isTrue();
    }
}
