package io.grantline.graphql.vote;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.vote.VoteQueries.CountUpVotesOf;
import io.grantline.api.vote.VoteQueries.UpVoteCounts;
import io.grantline.api.vote.VoteTargetTypes;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The up-votes of many datasets in one read, for DatasetStatistics.upvotes in listings. */
@DgsDataLoader(name = "datasetUpVotes")
public class UpVoteCountsLoader implements MappedBatchLoader<String, Integer> {

    private final Queries queries;

    public UpVoteCountsLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, Integer>> load(Set<String> datasetUris) {
        CountUpVotesOf query = new CountUpVotesOf(List.copyOf(datasetUris), VoteTargetTypes.DATASET);
        return CompletableFuture.completedFuture(queries.ask(query, UpVoteCounts.class).byTarget());
    }
}
