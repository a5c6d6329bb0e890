package io.grantline.graphql.dataset;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.dataset.DatasetQueries.DatasetList;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindDatasets;
import io.grantline.graphql.support.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Many datasets in one read, for the fields of tables, folders and runs that point at their dataset. */
@DgsDataLoader(name = "datasets")
public class DatasetLoader implements MappedBatchLoader<String, DatasetView> {

    private final Queries queries;

    public DatasetLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, DatasetView>> load(Set<String> datasetUris) {
        Map<String, DatasetView> views = new HashMap<>();
        queries.ask(new FindDatasets(List.copyOf(datasetUris)), DatasetList.class).datasets()
                .forEach(view -> views.put(view.datasetUri(), view));
        return CompletableFuture.completedFuture(views);
    }
}
