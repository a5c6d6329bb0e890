package io.grantline.saga.dataset;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.environment.StackStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a dataset's events from the event store, the source of truth, so that the sagas act on what the dataset
 * is now, with no read model lagging behind.
 */
public class DatasetHistory {

    private final EventStore eventStore;

    public DatasetHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The dataset's facts; empty when no dataset has this URI. */
    public Optional<DatasetFacts> load(String datasetUri) {
        Fold fold = new Fold();
        eventStore.readEvents(datasetUri).asStream()
                .map(DomainEventMessage::getPayload)
                .forEach(fold::apply);
        return Optional.ofNullable(fold.result());
    }

    /** The facts of a dataset that still exists; empty when no dataset has this URI or it was deleted. */
    public Optional<DatasetFacts> loadLive(String datasetUri) {
        return load(datasetUri).filter(dataset -> !dataset.deleted());
    }

    private static final class Fold {

        private DatasetCreated created;
        private String confidentiality;
        private String kmsAlias;
        private final Map<String, String> tables = new LinkedHashMap<>();
        private boolean deleted;
        private boolean stackCreated;
        private String lastStackId;

        void apply(Object event) {
            if (event instanceof DatasetCreated e) {
                created = e;
                confidentiality = e.confidentiality();
                kmsAlias = e.resources().kmsAlias();
            } else if (event instanceof DatasetUpdated e) {
                confidentiality = e.confidentiality();
                // only an imported bucket's key can change (null: S3's own key); a created dataset's is its stack's
                if (created != null && created.resources().importedS3Bucket()) {
                    kmsAlias = e.kmsAlias();
                }
            } else if (event instanceof DatasetStackStatusChanged e) {
                lastStackId = e.stackId() != null ? e.stackId() : lastStackId;
                stackCreated |= StackStatus.CREATE_COMPLETE.equals(e.status())
                        || (e.status() != null && e.status().startsWith("UPDATE_"));
            } else if (event instanceof DatasetTableAdded e) {
                tables.put(e.tableUri(), e.name());
            } else if (event instanceof DatasetTableRemoved e) {
                tables.remove(e.tableUri());
            } else if (event instanceof DatasetDeleted) {
                deleted = true;
            }
        }

        DatasetFacts result() {
            if (created == null) {
                return null;
            }
            return new DatasetFacts(created.datasetUri(), created.organizationUri(), created.environmentUri(),
                    created.awsAccountId(), created.region(), created.owner(), created.samlAdminGroupName(),
                    confidentiality, created.resources(), kmsAlias, tables, deleted, stackCreated, lastStackId,
                    created.stackName());
        }
    }
}
