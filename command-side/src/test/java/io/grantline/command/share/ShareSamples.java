package io.grantline.command.share;

import io.grantline.api.Actor;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.command.lookup.ShareRequestKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A share of table orders (and folder raw) of dataset sales, asked by team consumers, approved by owners. */
final class ShareSamples {

    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final String SHARE = "share001";
    static final String OTHER_SHARE = "share002";
    static final String ITEM = "shitem01";
    static final String ITEM2 = "shitem02";
    static final String RUN = "run-1";
    static final String NEXT_RUN = "run-2";
    static final Actor REQUESTER = new Actor("bob", List.of("consumers"));
    static final Actor APPROVER = new Actor("alice", List.of("owners"));
    static final Actor STEWARD = new Actor("sue", List.of("stewards"));
    static final Actor STRANGER = new Actor("eve", List.of("others"));
    static final List<String> APPROVERS = List.of("owners", "stewards");
    static final SharedDataset DATASET = dataset(false, null);
    static final SharedDataset MONTHLY = dataset(true, "Monthly");
    static final SharedDataset QUARTERLY = dataset(true, "Quarterly");
    static final ShareTarget TARGET = new ShareTarget("envcons1", "Consumers", "org00001", "222222222222",
            "eu-west-1", "dataall", "consumers", SharePrincipalType.Group, "consumers", "dataall-consumers-role",
            "arn:aws:iam::222222222222:role/dataall-consumers-role", "ROLE");
    static final ShareRequestKey KEY = new ShareRequestKey("dataset1", "envcons1", "consumers", "consumers");
    static final SharedItem TABLE = new SharedItem(ShareableType.Table, "table001", "orders", "Orders");
    static final SharedItem FOLDER = new SharedItem(ShareableType.StorageLocation, "folder01", "raw", "Raw");
    static final List<ShareDataPermission> READ = List.of(ShareDataPermission.Read);

    private ShareSamples() {
    }

    static SharedDataset dataset(boolean expiration, String setting) {
        return new SharedDataset("dataset1", "sales", "org00001", "envprod1", "Producers", "111111111111",
                "eu-west-1", "owners", "envadmins", "stewards", "sales_db", "sales-bucket", "alias/sales",
                "arn:aws:iam::111111111111:role/dataset-sales", false, expiration, setting, expiration ? 1 : null,
                expiration ? 12 : null);
    }

    static Instant monthsAfterNow(int months) {
        return NOW.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    static CreateShareObject create(String shareUri, SharedDataset dataset, Integer period, boolean nonExpirable,
                                    SharedItem item, String shareItemUri) {
        return new CreateShareObject(shareUri, dataset, TARGET, READ, "monthly reporting", period, nonExpirable,
                item, shareItemUri, REQUESTER);
    }

    static ShareObjectCreated created(SharedDataset dataset, Integer period, boolean nonExpirable) {
        return new ShareObjectCreated(SHARE, dataset, TARGET, READ, "monthly reporting", period, nonExpirable,
                ShareObjectStatus.Draft, "bob", NOW);
    }

    static ShareObjectCreated created() {
        return created(DATASET, null, false);
    }

    static ShareItemAdded added(String shareItemUri, SharedItem item, ShareObjectStatus status) {
        return new ShareItemAdded(SHARE, shareItemUri, item, ShareItemStatus.PendingApproval, status, "bob", NOW);
    }

    static ShareObjectSubmitted submitted(Map<String, ShareItemStatus> moves) {
        return new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted, moves, "bob", NOW);
    }

    static ShareObjectApproved approved(String run, Instant expiry) {
        return new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                Map.of(ITEM, ShareItemStatus.Share_Approved), expiry, run, "alice", NOW);
    }
}
