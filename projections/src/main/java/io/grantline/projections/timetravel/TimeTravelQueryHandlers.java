package io.grantline.projections.timetravel;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.timetravel.AccessAtView;
import io.grantline.api.timetravel.AccessGrantView;
import io.grantline.api.timetravel.DatasetAsOfView;
import io.grantline.api.timetravel.ShareObjectAsOfView;
import io.grantline.api.timetravel.TimeTravelQueries.FindAccessAt;
import io.grantline.api.timetravel.TimeTravelQueries.FindDatasetAt;
import io.grantline.api.timetravel.TimeTravelQueries.FindShareObjectAt;
import io.grantline.api.timetravel.TimeTravelQueries.FindTimeTravelResource;
import io.grantline.api.timetravel.TimeTravelResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Time travel: answers from the events of the dataset and of its shares stored at or before the instant, folded;
 * the index only says which aggregates to read.
 */
@Component
public class TimeTravelQueryHandlers {

    private final EventStoreAsOf eventStore;
    private final IndexedAggregates aggregates;

    public TimeTravelQueryHandlers(EventStoreAsOf eventStore, IndexedAggregates aggregates) {
        this.eventStore = eventStore;
        this.aggregates = aggregates;
    }

    @QueryHandler
    public TimeTravelResource resource(FindTimeTravelResource query) {
        String first = eventStore.firstEventType(query.uri()).orElse(null);
        if (DatasetCreated.class.getName().equals(first)) {
            return new TimeTravelResource(query.uri(), DATASET, query.uri());
        }
        if (ShareObjectCreated.class.getName().equals(first)) {
            return new TimeTravelResource(query.uri(), SHARE, null);
        }
        return aggregates.item(query.uri())
                .map(item -> new TimeTravelResource(item.itemUri(), item.itemType(), item.datasetUri()))
                .orElse(null);
    }

    @QueryHandler
    public DatasetAsOfView dataset(FindDatasetAt query) {
        DatasetAsOf dataset = datasetAt(query.datasetUri(), query.at());
        return dataset.existed() ? dataset.view(query.at()) : null;
    }

    @QueryHandler
    public ShareObjectAsOfView share(FindShareObjectAt query) {
        ShareAsOf share = ShareAsOf.of(eventStore.eventsOf(List.of(query.shareUri()), query.at(), type -> true));
        return share.existed() ? share.view(query.at()) : null;
    }

    @QueryHandler
    public AccessAtView access(FindAccessAt query) {
        TimeTravelResource resource = resource(new FindTimeTravelResource(query.resourceUri()));
        if (resource == null || SHARE.equals(resource.resourceType())) {
            return null;
        }
        DatasetAsOf dataset = datasetAt(resource.datasetUri(), query.at());
        if (!dataset.existed() || !DATASET.equals(resource.resourceType())
                && partOf(dataset, resource) == null) {
            return null;
        }
        List<ShareAsOf> shares = sharesAt(dataset.datasetUri(), query.at());
        List<AccessGrantView> grants = AccessAsOf.grants(resource.resourceType(), resource.uri(), dataset, shares);
        long lastPosition = dataset.lastPosition();
        Instant lastTime = dataset.lastTime();
        for (ShareAsOf share : shares) {
            if (share.lastPosition() > lastPosition) {
                lastPosition = share.lastPosition();
                lastTime = share.lastTime();
            }
        }
        return new AccessAtView(resource.uri(), resource.resourceType(), dataset.datasetUri(), query.at(),
                lastPosition, lastTime, grants);
    }

    private DatasetAsOf datasetAt(String datasetUri, Instant at) {
        return DatasetAsOf.of(eventStore.eventsOf(List.of(datasetUri), at, DatasetAsOf.FOLDED::contains));
    }

    private static DatasetAsOf.Part partOf(DatasetAsOf dataset, TimeTravelResource resource) {
        return DATASET.equals(resource.resourceType()) ? null
                : TABLE.equals(resource.resourceType()) ? dataset.table(resource.uri())
                : dataset.folder(resource.uri());
    }

    /** One read of every share's events, folded per share. */
    private List<ShareAsOf> sharesAt(String datasetUri, Instant at) {
        Set<String> shareUris = aggregates.sharesOf(datasetUri, at);
        Map<String, ShareAsOf> folds = new LinkedHashMap<>();
        shareUris.forEach(uri -> folds.put(uri, new ShareAsOf()));
        for (StoredEvent event : eventStore.eventsOf(shareUris, at, type -> true)) {
            folds.get(event.aggregateId()).apply(event);
        }
        List<ShareAsOf> existing = new ArrayList<>();
        folds.values().stream().filter(ShareAsOf::existed).forEach(existing::add);
        return existing;
    }
}
