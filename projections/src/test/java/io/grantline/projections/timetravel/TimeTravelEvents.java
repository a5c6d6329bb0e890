package io.grantline.projections.timetravel;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.SharedDataset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Facts as the aggregates record them, stamped with successive instants, for the folds' tests. */
final class TimeTravelEvents {

    static final String DATASET = "ds1";
    static final String OWNERS = "owners";
    static final String ENVIRONMENT_ADMINS = "env-admins";
    static final String STEWARDS = "stewards";
    static final String CONSUMERS = "consumers";
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<StoredEvent> events = new ArrayList<>();
    private long position = 100;

    /** Records the payload one minute after the previous one; answers its instant. */
    Instant record(String aggregateId, Object payload) {
        Instant time = START.plusSeconds(60L * events.size());
        events.add(new StoredEvent(position++, aggregateId, time, payload.getClass().getName(), payload));
        return time;
    }

    List<StoredEvent> of(String aggregateId) {
        return events.stream().filter(event -> event.aggregateId().equals(aggregateId)).toList();
    }

    /** The events of the aggregate recorded at or before the instant. */
    List<StoredEvent> of(String aggregateId, Instant at) {
        return of(aggregateId).stream().filter(event -> !event.timestamp().isAfter(at)).toList();
    }

    static DatasetCreated datasetCreated(String stewards) {
        return new DatasetCreated(DATASET, "org1", "env1", "111122223333", "eu-west-1", "Sales", "sales",
                "Sales of the month", OWNERS, ENVIRONMENT_ADMINS, "alice", stewards, List.of("shop"),
                List.of("Finances"), "Unclassified", "English", false, null, List.of(), false, null, null, null,
                false, new DatasetResources("bucket-ds1", "alias", "db_ds1", "role", "arn", "crawler", "job", false,
                false, false, false), "stack1", START, "stack");
    }

    static DatasetUpdated datasetUpdated(String label, String stewards, List<String> tags) {
        return new DatasetUpdated(DATASET, label, "Sales, updated", stewards, null, tags, List.of("Sales"),
                List.of(), "Official", "English", false, null, List.of(), "alias", false, null, null, null, START);
    }

    static ShareObjectCreated shareCreated(String shareUri, SharePrincipalType type, String principalId) {
        SharedDataset dataset = new SharedDataset(DATASET, "sales", "org1", "env1", "Producers", "111122223333",
                "eu-west-1", OWNERS, ENVIRONMENT_ADMINS, null, "db_ds1", "bucket-ds1", "alias", "role-arn", false,
                false, null, null, null);
        ShareTarget target = new ShareTarget("env2", "Consumers", "org1", "444455556666", "eu-west-1", "dataall",
                CONSUMERS, type, principalId, "analytics", "arn:aws:iam::444455556666:role/analytics", "ROLE");
        return new ShareObjectCreated(shareUri, dataset, target, List.of(ShareDataPermission.Read), "reports", null,
                true, ShareObjectStatus.Draft, "bob", START);
    }
}
