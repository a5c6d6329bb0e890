package io.grantline.graphql.glossary;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import io.grantline.api.Page;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.graphql.dataset.DatasetNode;
import io.grantline.graphql.dataset.DatasetTableColumnNode;
import io.grantline.graphql.dataset.DatasetTableNode;
import io.grantline.graphql.dataset.StorageLocationNode;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * The glossary terms datasets, tables and folders name, and a column's term links; all of them in one page, as
 * data.all answers them.
 */
@DgsComponent
public class TargetTermsDataFetcher {

    @DgsData(parentType = "Dataset", field = "terms")
    @DgsData(parentType = "DatasetTable", field = "terms")
    @DgsData(parentType = "DatasetStorageLocation", field = "terms")
    public CompletableFuture<SearchResult<GlossaryNodeView>> terms(DgsDataFetchingEnvironment dfe) {
        DataLoader<String, List<GlossaryNodeView>> loader = dfe.getDataLoader(TargetTermsLoader.class);
        return loader.load(targetUri(dfe.getSource())).thenApply(TargetTermsDataFetcher::onePage);
    }

    @DgsData(parentType = "DatasetTableColumn", field = "terms")
    public CompletableFuture<SearchResult<TermLinkView>> columnTerms(DgsDataFetchingEnvironment dfe) {
        DatasetTableColumnNode column = dfe.getSource();
        DataLoader<String, List<TermLinkView>> loader = dfe.getDataLoader(TargetTermLinksLoader.class);
        return loader.load(column.columnUri()).thenApply(TargetTermsDataFetcher::onePage);
    }

    private static <T> SearchResult<T> onePage(List<T> values) {
        List<T> all = values == null ? List.of() : values;
        return SearchResult.of(new Page<>(all, all.size(), 1, Math.max(all.size(), 1)), value -> value);
    }

    private static String targetUri(Object source) {
        if (source instanceof DatasetNode dataset) {
            return dataset.datasetUri();
        }
        if (source instanceof DatasetTableNode table) {
            return table.tableUri();
        }
        return ((StorageLocationNode) source).locationUri();
    }
}
