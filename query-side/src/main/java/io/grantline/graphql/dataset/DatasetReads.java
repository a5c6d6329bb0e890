package io.grantline.graphql.dataset;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindDataset;
import io.grantline.api.dataset.DatasetQueries.FindDatasetStorageLocation;
import io.grantline.api.dataset.DatasetQueries.FindDatasetTable;
import io.grantline.api.dataset.DatasetQueries.FindDatasetTableColumn;
import io.grantline.api.dataset.DatasetQueries.FindProfilingRun;
import io.grantline.api.dataset.DatasetQueries.FindTableDataFilter;
import io.grantline.api.dataset.DatasetQueries.ProfilingRunView;
import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.glossary.GlossaryQueries.FindLiveTerms;
import io.grantline.api.glossary.GlossaryQueries.LiveTerms;
import io.grantline.graphql.support.Queries;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dataset read model as the dataset operations read it: each find refuses what does not exist. */
@Component
public class DatasetReads {

    private final Queries queries;

    public DatasetReads(Queries queries) {
        this.queries = queries;
    }

    /** Which of these uris are live glossary terms. */
    public List<String> liveTerms(List<String> nodeUris) {
        return queries.ask(new FindLiveTerms(nodeUris), LiveTerms.class).termUris();
    }

    public DatasetView dataset(String datasetUri) {
        return found(queries.ask(new FindDataset(datasetUri), DatasetView.class), "Dataset", datasetUri);
    }

    public DatasetTableView table(String tableUri) {
        return found(queries.ask(new FindDatasetTable(tableUri), DatasetTableView.class), "DatasetTable",
                tableUri);
    }

    public DatasetTableColumnView column(String columnUri) {
        return found(queries.ask(new FindDatasetTableColumn(columnUri), DatasetTableColumnView.class), "Column",
                columnUri);
    }

    public DatasetStorageLocationView location(String locationUri) {
        return found(queries.ask(new FindDatasetStorageLocation(locationUri), DatasetStorageLocationView.class),
                "Folder", locationUri);
    }

    public TableDataFilterView dataFilter(String filterUri) {
        return found(queries.ask(new FindTableDataFilter(filterUri), TableDataFilterView.class),
                "DatasetTableDataFilter", filterUri);
    }

    public ProfilingRunView profilingRun(String profilingRunUri) {
        return found(queries.ask(new FindProfilingRun(profilingRunUri), ProfilingRunView.class),
                "DatasetProfilingRun", profilingRunUri);
    }

    /** A listing query; the dataset read model answers listings with a {@link Page}. */
    @SuppressWarnings("unchecked")
    public <V> Page<V> page(Object query) {
        return (Page<V>) queries.ask(query, Page.class);
    }

    private static <V> V found(V view, String type, String uri) {
        if (view == null) {
            throw new ObjectNotFound(type, uri);
        }
        return view;
    }
}
