package io.grantline.graphql.dataset;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetStorageLocations;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTables;
import io.grantline.graphql.support.SearchResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/**
 * Pages of a dataset's tables or folders, or of a table's columns, for the nested fields of listings
 * (Dataset.tables, Dataset.locations, DatasetTable.columns): each distinct page is read once per request.
 */
@DgsDataLoader(name = "datasetPartPages")
public class DatasetPartPagesLoader implements MappedBatchLoader<DatasetPartPagesLoader.Key, SearchResult<?>> {

    public enum Part { TABLES, LOCATIONS, COLUMNS }

    /** parentUri is the dataset for tables and folders, the table for columns. */
    public record Key(Part part, String parentUri, String term, int page, int pageSize) {
    }

    private final DatasetReads reads;

    public DatasetPartPagesLoader(DatasetReads reads) {
        this.reads = reads;
    }

    @Override
    public CompletionStage<Map<Key, SearchResult<?>>> load(Set<Key> keys) {
        Map<Key, SearchResult<?>> result = new HashMap<>();
        for (Key key : keys) {
            result.put(key, page(key));
        }
        return CompletableFuture.completedFuture(result);
    }

    private SearchResult<?> page(Key key) {
        return switch (key.part()) {
            case TABLES -> SearchResult.of(reads.<DatasetTableView>page(new ListDatasetTables(key.parentUri(),
                    key.term(), key.page(), key.pageSize())), DatasetTableNode::of);
            case LOCATIONS -> SearchResult.of(reads.<DatasetStorageLocationView>page(
                    new ListDatasetStorageLocations(key.parentUri(), key.term(), key.page(), key.pageSize())),
                    StorageLocationNode::of);
            case COLUMNS -> SearchResult.of(reads.<DatasetTableColumnView>page(new ListDatasetTableColumns(
                    key.parentUri(), key.term(), key.page(), key.pageSize())), DatasetTableColumnNode::of);
        };
    }
}
