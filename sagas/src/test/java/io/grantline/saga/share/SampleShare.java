package io.grantline.saga.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * The share the saga tests work on: a cross-account share of a table, a folder and the bucket of one dataset to a
 * team, and an event store holding its history.
 */
final class SampleShare {

    static final String SHARE = "share1saga";
    static final String DATASET = "ds1share";
    static final String TABLE_ITEM = "si1table";
    static final String FOLDER_ITEM = "si2folder";
    static final String BUCKET_ITEM = "si3bucket";
    static final List<String> ALL_ITEMS = List.of(TABLE_ITEM, FOLDER_ITEM, BUCKET_ITEM);
    static final SharedItem TABLE = new SharedItem(ShareableType.Table, "tbl1share", "orders", "Orders");
    static final SharedItem FOLDER = new SharedItem(ShareableType.StorageLocation, "loc1share", "raw/orders", "Raw");
    static final SharedItem BUCKET = new SharedItem(ShareableType.S3Bucket, DATASET, "dataall-sales-ds1share", "");
    static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");

    static final SharedDataset DATASET_SIDE = new SharedDataset(DATASET, "sales", "org1share", "env1share",
            "Sales", "111122223333", "eu-west-1", "DataTeam", "EnvAdmins", "Stewards", "dataall_sales_ds1share",
            "dataall-sales-ds1share", "dataall-sales-ds1share", "arn:aws:iam::111122223333:role/dataall-sales",
            false, true, "Monthly", 1, 12);
    static final ShareTarget TARGET = new ShareTarget("env2share", "Marketing", "org1share", "444455556666",
            "eu-west-1", "dataall", "Analysts", SharePrincipalType.Group, "Analysts", "dataall-analysts-env2share",
            "arn:aws:iam::444455556666:role/dataall-analysts-env2share", "ROLE");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private long sequence;

    /** The share requested with its three items and submitted. */
    static SampleShare submitted() {
        SampleShare share = new SampleShare();
        share.record(new ShareObjectCreated(SHARE, DATASET_SIDE, TARGET, List.of(ShareDataPermission.Read),
                "analysis", 3, false, ShareObjectStatus.Draft, "carol", CREATED));
        share.record(added(TABLE_ITEM, TABLE), added(FOLDER_ITEM, FOLDER), added(BUCKET_ITEM, BUCKET));
        share.record(new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted,
                statuses(ALL_ITEMS, ShareItemStatus.PendingApproval), "carol", CREATED));
        return share;
    }

    /** The share submitted, approved and every item granted. */
    static SampleShare granted() {
        SampleShare share = submitted();
        share.record(approved("grant1", null));
        share.record(new ShareProcessingStarted(SHARE, "grant1", ShareProcessingKind.GRANT,
                ShareObjectStatus.Share_In_Progress, statuses(ALL_ITEMS, ShareItemStatus.Share_In_Progress),
                CREATED));
        for (String item : ALL_ITEMS) {
            share.record(new ShareItemProcessed(SHARE, "grant1", item, ShareItemStatus.Share_Succeeded, null,
                    CREATED));
        }
        share.record(new ShareProcessingFinished(SHARE, "grant1", ShareObjectStatus.Processed, CREATED));
        return share;
    }

    static ShareItemAdded added(String shareItemUri, SharedItem item) {
        return new ShareItemAdded(SHARE, shareItemUri, item, ShareItemStatus.PendingApproval,
                ShareObjectStatus.Draft, "carol", CREATED);
    }

    static ShareObjectApproved approved(String processingId, Instant expiryDate) {
        return new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                statuses(ALL_ITEMS, ShareItemStatus.Share_Approved), expiryDate, processingId, "dave", CREATED);
    }

    static ShareItemsRevoked revoked(String processingId, List<String> items) {
        return new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                statuses(items, ShareItemStatus.Revoke_Approved), processingId, false, "carol", CREATED);
    }

    static ShareItemsHealthCheckRequested healthCheck(String processingId, ShareProcessingKind kind,
                                                      List<String> items) {
        return new ShareItemsHealthCheckRequested(SHARE, kind, items, kind == ShareProcessingKind.VERIFY
                ? ShareItemHealthStatus.PendingVerify : ShareItemHealthStatus.PendingReApply, processingId, "dave",
                CREATED);
    }

    static ShareObjectDeleted deleted(String processingId, List<String> itemsToCleanUp) {
        return new ShareObjectDeleted(SHARE, DATASET, !itemsToCleanUp.isEmpty(), itemsToCleanUp, processingId,
                "carol", CREATED);
    }

    static AttachedDataFilter regionFilter() {
        return new AttachedDataFilter("adf1share", "emea", List.of("flt1share"), List.of("emea_rows"));
    }

    static Map<String, ShareItemStatus> statuses(List<String> items, ShareItemStatus status) {
        Map<String, ShareItemStatus> statuses = new LinkedHashMap<>();
        items.forEach(item -> statuses.put(item, status));
        return statuses;
    }

    EventStore store() {
        return store;
    }

    /** Appends events to the share's history, as the aggregate would have. */
    void record(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("ShareObject", SHARE, sequence++, event));
        }
    }

    /** Appends one event to the share's history and returns it, for a fixture's publishes(event). */
    Object recordOne(Object event) {
        record(event);
        return event;
    }

    void close() {
        store.shutDown();
    }
}
