package io.grantline.graphql.vote;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import io.grantline.graphql.dataset.DatasetNode.StatisticsNode;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** DatasetStatistics.upvotes: how many users up-voted the dataset. */
@DgsComponent
public class DatasetUpVotesDataFetcher {

    @DgsData(parentType = "DatasetStatistics", field = "upvotes")
    public CompletableFuture<Integer> upvotes(DgsDataFetchingEnvironment dfe) {
        StatisticsNode statistics = dfe.getSource();
        DataLoader<String, Integer> loader = dfe.getDataLoader(UpVoteCountsLoader.class);
        return loader.load(statistics.datasetUri());
    }
}
