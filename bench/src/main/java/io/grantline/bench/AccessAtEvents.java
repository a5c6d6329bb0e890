package io.grantline.bench;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.api.vote.VoteEvents.VoteCast;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * A governance history, as the aggregates record it: datasets with tables and a folder, each shared several times
 * (request, submit, approve, grants succeeded; half of them revoked later), and noise of other aggregates (votes).
 * Each fact carries its own time, spread over the history's span, so that instants inside it see different states.
 */
final class AccessAtEvents {

    static final int TABLES = 3;
    static final int SHARES_PER_DATASET = 3;
    static final int NOISE_PER_DATASET = 40;
    /** About how many events one dataset brings: its own 5, its shares' 9 or 14 each, and the noise. */
    static final int EVENTS_PER_DATASET = 5 + SHARES_PER_DATASET * 23 / 2 + NOISE_PER_DATASET;

    private final Random random = new Random(42);
    private final Instant start;
    private final Duration span;
    private final int datasets;

    /** A fact with its aggregate, its time and its sequence in its aggregate. */
    record Fact(String type, String aggregateId, long sequence, Instant time, Object payload) {

        DomainEventMessage<?> message() {
            return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, Map.of(),
                    UUID.randomUUID().toString(), time);
        }
    }

    AccessAtEvents(Instant start, Duration span, int datasets) {
        this.start = start;
        this.span = span;
        this.datasets = datasets;
    }

    static String datasetUri(int number) {
        return "tt-ds-" + number;
    }

    static String tableUri(int number, int table) {
        return datasetUri(number) + "-t" + table;
    }

    /** When the dataset is created: spread evenly over the first half of the span, so its shares follow it. */
    Instant createdAt(int number) {
        return start.plusMillis(span.toMillis() / 2 * number / Math.max(1, datasets));
    }

    /** Every fact of one dataset: itself, its shares and the noise around it (in no particular time order). */
    List<Fact> datasetFacts(int number, String organizationUri, String environmentUri) {
        List<Fact> facts = new ArrayList<>();
        String uri = datasetUri(number);
        String owners = "bench-owners-" + number % 20;
        Instant created = createdAt(number);
        facts.add(new Fact("Dataset", uri, 0, created, new DatasetCreated(uri, organizationUri, environmentUri,
                "111122223333", "eu-west-1", "Dataset " + number, "dataset_" + number, "Bench dataset", owners,
                "bench-env-admins", "bench", number % 3 == 0 ? "bench-stewards" : null, List.of("bench"),
                List.of("Sales"), "Unclassified", "English", false, null, List.of(), false, null, null, null, false,
                new DatasetResources("bucket-" + number, "alias", "db_" + number, "role", "arn", "crawler", "job",
                        false, false, false, false), "stack-" + uri, created, "stack")));
        for (int table = 0; table < TABLES; table++) {
            String name = "table_" + table;
            facts.add(new Fact("Dataset", uri, 1 + table, created.plusSeconds(60L * (table + 1)),
                    new DatasetTableAdded(uri, tableUri(number, table), name, name, "db_" + number, name + "/",
                            Map.of(), List.of(), "bench", created)));
        }
        facts.add(new Fact("Dataset", uri, 1 + TABLES, created.plusSeconds(600), new DatasetStorageLocationCreated(
                uri, uri + "-f0", "raw", "raw", "raw/", null, List.of(), List.of(), "bench", created)));
        SharedDataset shared = new SharedDataset(uri, "dataset_" + number, organizationUri, environmentUri,
                "Bench lake", "111122223333", "eu-west-1", owners, "bench-env-admins", null, "db_" + number,
                "bucket-" + number, "alias", "arn", false, false, null, null, null);
        for (int share = 0; share < SHARES_PER_DATASET; share++) {
            facts.addAll(share(number, share, shared, created));
        }
        for (int noise = 0; noise < NOISE_PER_DATASET; noise++) {
            String vote = "tt-vote-" + number + "-" + noise;
            Instant time = created.plusMillis((long) (random.nextDouble() * span.toMillis() / 2));
            facts.add(new Fact("Vote", vote, 0, time, new VoteCast(vote, uri, "dataset", "voter" + noise, true,
                    null, time, time)));
        }
        return facts;
    }

    /** A share of one table and the folder to a consumption role: granted, and for half of them revoked later. */
    private List<Fact> share(int number, int share, SharedDataset dataset, Instant datasetCreated) {
        String shareUri = datasetUri(number) + "-s" + share;
        String team = "bench-consumers-" + share;
        ShareTarget target = new ShareTarget("bench-consumer-env", "Consumers", dataset.organizationUri(),
                "444455556666", "eu-west-1", "dataall", team, SharePrincipalType.ConsumptionRole,
                "cp-" + number + "-" + share, "role" + share, "arn:aws:iam::444455556666:role/role" + share, "ROLE");
        String tableItem = shareUri + "-i0";
        String folderItem = shareUri + "-i1";
        String processing = shareUri + "-p0";
        List<Object> payloads = new ArrayList<>();
        Instant now = datasetCreated;
        payloads.add(new ShareObjectCreated(shareUri, dataset, target, List.of(ShareDataPermission.Read),
                "reports", null, true, ShareObjectStatus.Draft, "requester" + share, now));
        payloads.add(new ShareItemAdded(shareUri, tableItem, new SharedItem(ShareableType.Table,
                tableUri(number, share % TABLES), "table_" + share % TABLES, null), ShareItemStatus.PendingApproval,
                ShareObjectStatus.Draft, "requester" + share, now));
        payloads.add(new ShareItemAdded(shareUri, folderItem, new SharedItem(ShareableType.StorageLocation,
                datasetUri(number) + "-f0", "raw/", null), ShareItemStatus.PendingApproval,
                ShareObjectStatus.Draft, "requester" + share, now));
        payloads.add(new ShareObjectSubmitted(shareUri, ShareObjectStatus.Submitted, Map.of(tableItem,
                ShareItemStatus.PendingApproval, folderItem, ShareItemStatus.PendingApproval), "requester" + share,
                now));
        payloads.add(new ShareObjectApproved(shareUri, ShareObjectStatus.Approved, Map.of(tableItem,
                ShareItemStatus.Share_Approved, folderItem, ShareItemStatus.Share_Approved), null, processing,
                "approver", now));
        payloads.add(new ShareProcessingStarted(shareUri, processing, ShareProcessingKind.GRANT,
                ShareObjectStatus.Share_In_Progress, Map.of(tableItem, ShareItemStatus.Share_In_Progress,
                folderItem, ShareItemStatus.Share_In_Progress), now));
        payloads.add(new ShareItemProcessed(shareUri, processing, tableItem, ShareItemStatus.Share_Succeeded, null,
                now));
        payloads.add(new ShareItemProcessed(shareUri, processing, folderItem, ShareItemStatus.Share_Succeeded, null,
                now));
        payloads.add(new ShareProcessingFinished(shareUri, processing, ShareObjectStatus.Processed, now));
        if ((number + share) % 2 == 0) {
            String revoking = shareUri + "-p1";
            payloads.add(new ShareItemsRevoked(shareUri, ShareObjectStatus.Revoked, Map.of(tableItem,
                    ShareItemStatus.Revoke_Approved, folderItem, ShareItemStatus.Revoke_Approved), revoking, false,
                    "requester" + share, now));
            payloads.add(new ShareProcessingStarted(shareUri, revoking, ShareProcessingKind.REVOKE,
                    ShareObjectStatus.Revoke_In_Progress, Map.of(tableItem, ShareItemStatus.Revoke_In_Progress,
                    folderItem, ShareItemStatus.Revoke_In_Progress), now));
            payloads.add(new ShareItemProcessed(shareUri, revoking, tableItem, ShareItemStatus.Revoke_Succeeded,
                    null, now));
            payloads.add(new ShareItemProcessed(shareUri, revoking, folderItem, ShareItemStatus.Revoke_Succeeded,
                    null, now));
            payloads.add(new ShareProcessingFinished(shareUri, revoking, ShareObjectStatus.Processed, now));
        }
        List<Fact> facts = new ArrayList<>();
        Instant time = datasetCreated.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            facts.add(new Fact("ShareObject", shareUri, sequence, time, payloads.get(sequence)));
            time = time.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 3)));
        }
        return facts;
    }
}
