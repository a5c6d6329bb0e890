package io.grantline.saga.notification;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.SharedDataset;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** A share of the Sales team's dataset requested by the Consumers team, and an event store holding its history. */
final class SampleShare {

    static final String SHARE = "shr1ntf";
    static final String DATASET = "ds1ntf";
    static final String DATASET_NAME = "sales";
    static final String OWNERS = "SalesTeam";
    static final String STEWARDS = "Stewards";
    static final String REQUESTERS = "Consumers";
    static final String PRINCIPAL = "Consumers";
    static final String TARGET_URI = SHARE + "|" + DATASET;
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private long sequence;

    static SharedDataset dataset(String stewards) {
        return new SharedDataset(DATASET, DATASET_NAME, "org1ntf", "env1ntf", "Sales", "111122223333", "eu-west-1",
                OWNERS, "EnvAdmins", stewards, "sales_db", "sales-bucket", "sales-key",
                "arn:aws:iam::111122223333:role/sales", false, false, null, null, null);
    }

    static ShareTarget target() {
        return new ShareTarget("env2ntf", "Consumption", "org1ntf", "444455556666", "eu-west-1", "dataall",
                REQUESTERS, SharePrincipalType.Group, PRINCIPAL, "dataall-consumers",
                "arn:aws:iam::444455556666:role/dataall-consumers", "ROLE");
    }

    static ShareObjectCreated created(String stewards) {
        return new ShareObjectCreated(SHARE, dataset(stewards), target(), List.of(ShareDataPermission.Read),
                "Reporting", null, true, ShareObjectStatus.Draft, "carol", AT);
    }

    static ShareItemProcessed processed(String processingId, String item, ShareItemStatus status) {
        return new ShareItemProcessed(SHARE, processingId, item, status,
                status.name().endsWith("Failed") ? "AccessDenied" : null, AT);
    }

    /** Appends an event to the share's history, as the aggregate would have, and answers it as stored. */
    DomainEventMessage<?> record(Object event) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("ShareObject", SHARE, sequence++, event);
        store.publish(message);
        return message;
    }

    EventStore store() {
        return store;
    }

    void close() {
        store.shutDown();
    }
}
