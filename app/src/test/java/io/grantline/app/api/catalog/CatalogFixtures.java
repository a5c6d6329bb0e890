package io.grantline.app.api.catalog;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.TermLinks;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * Facts recorded straight into the event store, as the aggregates record them: the catalog is a projection of
 * events, so its tests give it events and look at the index.
 */
final class CatalogFixtures {

    private final EventStore eventStore;

    CatalogFixtures(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Appends after whatever the aggregate holds: sagas reacting to these facts may append to it too, even between
     * reading the last sequence and appending, so a taken sequence is read again.
     */
    void record(String aggregateType, String aggregateId, Object payload) {
        for (int attempt = 1; ; attempt++) {
            long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
            try {
                eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload));
                return;
            } catch (EventStoreException sequenceTaken) {
                if (attempt == 5) {
                    throw sequenceTaken;
                }
            }
        }
    }

    void organization(String organizationUri, String label) {
        record("Organization", organizationUri, new OrganizationCreated(organizationUri, label, label, "",
                List.of(), "team", "someone", Instant.now()));
    }

    void environment(String environmentUri, String organizationUri, String label) {
        record("Environment", environmentUri, new EnvironmentCreated(environmentUri, organizationUri, label, label,
                "", "111122223333", "eu-west-1", "team", "someone", List.of(), "dataall", Map.of(), "role",
                "arn:aws:iam::111122223333:role/role", false, "bucket", "workgroup", null, null, List.of(),
                "stack-" + environmentUri, Instant.now(), "logs"));
    }

    DatasetCreated dataset(String datasetUri, String organizationUri, String environmentUri, String label,
                           String team, List<String> tags, List<String> topics, String confidentiality) {
        return dataset(datasetUri, organizationUri, environmentUri, label, new Teams(team, team, null), tags, topics,
                confidentiality);
    }

    /** A dataset's teams: its owner team (SamlAdminGroupName), the environment's admin team and the stewards. */
    record Teams(String owner, String environmentAdmin, String stewards) {
    }

    DatasetCreated dataset(String datasetUri, String organizationUri, String environmentUri, String label,
                           Teams teams, List<String> tags, List<String> topics, String confidentiality) {
        DatasetCreated created = new DatasetCreated(datasetUri, organizationUri, environmentUri, "111122223333",
                "eu-west-1", label, label.toLowerCase(), label + " described", teams.owner(),
                teams.environmentAdmin(), "owner@example.com", teams.stewards(), tags, topics, confidentiality, "English", false, null, List.of(), false, null, null, null, false,
                new DatasetResources("bucket-" + datasetUri, "alias", "db_" + datasetUri, "role", "arn", "crawler",
                        "job", false, false, false, false),
                "stack-" + datasetUri, Instant.now(), "stack");
        record("Dataset", datasetUri, created);
        return created;
    }

    /** The dataset as created, now naming these glossary terms. */
    void terms(DatasetCreated dataset, List<String> termUris) {
        record("Dataset", dataset.datasetUri(), new DatasetUpdated(dataset.datasetUri(), dataset.label(),
                dataset.description(), dataset.stewards(), dataset.stewards(), dataset.tags(), dataset.topics(),
                termUris, dataset.confidentiality(), dataset.language(), false, null, List.of(), "alias", false, null,
                null, null, Instant.now()));
    }

    /** A glossary holding one term right under it. */
    void glossaryWithTerm(String glossaryUri, String termUri, String termLabel) {
        record("Glossary", glossaryUri, new GlossaryCreated(glossaryUri, "Glossary " + glossaryUri, "", "approved",
                "stewards", "someone", "/" + glossaryUri, Instant.now()));
        record("Glossary", glossaryUri, new GlossaryNodeCreated(glossaryUri, termUri, GlossaryNodeType.TERM,
                glossaryUri, "/" + glossaryUri + "/" + termUri, termLabel, "", "approved", "someone", Instant.now()));
    }

    void approve(String glossaryUri, String termUri, String targetUri, String targetType) {
        record("Glossary", glossaryUri, new TermAssociationApproved(glossaryUri, termUri,
                TermLinks.linkUri(targetUri, termUri), targetUri, targetType, "steward", Instant.now()));
    }

    void table(String datasetUri, String tableUri, String name) {
        record("Dataset", datasetUri, new DatasetTableAdded(datasetUri, tableUri, name, name,
                "db_" + datasetUri, name + "/", Map.of(), List.of(), "owner@example.com", Instant.now()));
    }

    void folder(String datasetUri, String locationUri, String label, List<String> tags) {
        record("Dataset", datasetUri, new DatasetStorageLocationCreated(datasetUri, locationUri, label,
                label, label + "/", label + " folder", tags, List.of(), "owner@example.com", Instant.now()));
    }
}
