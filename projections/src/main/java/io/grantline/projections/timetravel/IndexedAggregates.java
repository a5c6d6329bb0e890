package io.grantline.projections.timetravel;

import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.history.ResourceTypes;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.projections.timetravel.TimeTravelIndex.DatasetItem;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The index, completed with the events its processor has not handled yet: the index answers up to the processor's
 * position, and the few events stored after it are read from the event store. So a share created a moment ago is
 * found even while the governance processor is catching up, and a lagging or rebuilding index never hides one.
 */
@Component
public class IndexedAggregates {

    private static final List<String> SHARE_CREATED = List.of(ShareObjectCreated.class.getName());
    private static final List<String> ITEM_CREATED = List.of(DatasetTableAdded.class.getName(),
            DatasetStorageLocationCreated.class.getName());

    private final TimeTravelIndex index;
    private final EventStoreAsOf eventStore;
    private final EventProcessingConfiguration processing;

    public IndexedAggregates(TimeTravelIndex index, EventStoreAsOf eventStore,
                             @Lazy EventProcessingConfiguration processing) {
        this.index = index;
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** The shares of the dataset created at or before the instant. */
    public Set<String> sharesOf(String datasetUri, Instant at) {
        long position = indexedUpTo();
        Set<String> shares = new LinkedHashSet<>(index.sharesOf(datasetUri, at));
        for (StoredEvent event : eventStore.after(position, SHARE_CREATED)) {
            if (event.payload() instanceof ShareObjectCreated created && !event.timestamp().isAfter(at)
                    && datasetUri.equals(created.dataset().datasetUri())) {
                shares.add(created.shareUri());
            }
        }
        return shares;
    }

    /** The dataset and kind of a table or folder. */
    public Optional<DatasetItem> item(String itemUri) {
        long position = indexedUpTo();
        Optional<DatasetItem> indexed = index.item(itemUri);
        if (indexed.isPresent()) {
            return indexed;
        }
        for (StoredEvent event : eventStore.after(position, ITEM_CREATED)) {
            if (event.payload() instanceof DatasetTableAdded added && itemUri.equals(added.tableUri())) {
                return Optional.of(new DatasetItem(itemUri, added.datasetUri(), ResourceTypes.TABLE));
            }
            if (event.payload() instanceof DatasetStorageLocationCreated created
                    && itemUri.equals(created.locationUri())) {
                return Optional.of(new DatasetItem(itemUri, created.datasetUri(), ResourceTypes.FOLDER));
            }
        }
        return Optional.empty();
    }

    /**
     * Read before the index, so that what the processor writes meanwhile is found in one or the other. When this
     * node runs no segment of the processor (another node does), the index's own latest position stands in.
     */
    private long indexedUpTo() {
        OptionalLong processed = processing.eventProcessor(TimeTravelIndex.PROCESSING_GROUP,
                        StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).min())
                .orElse(OptionalLong.empty());
        return processed.isPresent() ? processed.getAsLong() : index.latestPosition();
    }
}
