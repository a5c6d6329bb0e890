package io.grantline.projections.timetravel;

import static io.grantline.api.share.ShareItemStatus.PendingApproval;
import static io.grantline.api.share.ShareItemStatus.Revoke_Approved;
import static io.grantline.api.share.ShareItemStatus.Revoke_Succeeded;
import static io.grantline.api.share.ShareItemStatus.Share_Approved;
import static io.grantline.api.share.ShareItemStatus.Share_Succeeded;
import static io.grantline.projections.timetravel.TimeTravelEvents.CONSUMERS;
import static io.grantline.projections.timetravel.TimeTravelEvents.DATASET;
import static io.grantline.projections.timetravel.TimeTravelEvents.datasetCreated;
import static io.grantline.projections.timetravel.TimeTravelEvents.datasetUpdated;
import static io.grantline.projections.timetravel.TimeTravelEvents.shareCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.api.timetravel.AccessGrantView;
import io.grantline.api.timetravel.AccessReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessAsOfTest {

    static final String SHARE = "sh1";

    private final TimeTravelEvents events = new TimeTravelEvents();

    private List<AccessGrantView> grants(String type, String uri, Instant at) {
        DatasetAsOf dataset = DatasetAsOf.of(events.of(DATASET, at));
        ShareAsOf share = ShareAsOf.of(events.of(SHARE, at));
        return AccessAsOf.grants(type, uri, dataset, share.existed() ? List.of(share) : List.of());
    }

    private Instant datasetWithTableAndFolder() {
        events.record(DATASET, datasetCreated("stewards"));
        events.record(DATASET, new DatasetTableAdded(DATASET, "t1", "customers", "customers", "db_ds1",
                "customers/", Map.of(), List.of(), "alice", Instant.now()));
        events.record(DATASET, new DatasetTableAdded(DATASET, "t2", "orders", "orders", "db_ds1", "orders/",
                Map.of(), List.of(), "alice", Instant.now()));
        return events.record(DATASET, new DatasetStorageLocationCreated(DATASET, "f1", "raw", "raw", "raw/", null,
                List.of(), List.of(), "alice", Instant.now()));
    }

    /** A share of the item to a consumption role, granted; answers the grant's instant. */
    private Instant granted(String shareItemUri, ShareableType type, String itemUri) {
        events.record(SHARE, shareCreated(SHARE, SharePrincipalType.ConsumptionRole, "cp1"));
        events.record(SHARE, new ShareItemAdded(SHARE, shareItemUri, new SharedItem(type, itemUri, itemUri, null),
                PendingApproval, ShareObjectStatus.Draft, "bob", Instant.now()));
        events.record(SHARE, new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted, Map.of(), "bob",
                Instant.now()));
        events.record(SHARE, new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                Map.of(shareItemUri, Share_Approved), null, "p1", "carol", Instant.now()));
        return events.record(SHARE, new ShareItemProcessed(SHARE, "p1", shareItemUri, Share_Succeeded, null,
                Instant.now()));
    }

    @Test
    void theOwningTeamsHoldTheDatasetFromItsCreation() {
        Instant created = events.record(DATASET, datasetCreated("stewards"));

        assertThat(grants("dataset", DATASET, created))
                .extracting(AccessGrantView::principalId, AccessGrantView::principalType, AccessGrantView::permission,
                        AccessGrantView::reason, AccessGrantView::grantedAt)
                .containsExactly(
                        tuple("owners", "Group", "DATASET_ALL", AccessReason.OWNER_TEAM, created),
                        tuple("env-admins", "Group", "DATASET_ALL", AccessReason.ENVIRONMENT_ADMIN_TEAM, created),
                        tuple("stewards", "Group", "DATASET_READ", AccessReason.STEWARDS, created));
    }

    @Test
    void stewardsNamedLaterHoldFromThatUpdateAndThePreviousOnesNoLonger() {
        events.record(DATASET, datasetCreated("stewards"));
        Instant renamed = events.record(DATASET, datasetUpdated("Sales", "new-stewards", List.of()));

        assertThat(grants("dataset", DATASET, renamed))
                .filteredOn(grant -> grant.reason() == AccessReason.STEWARDS)
                .extracting(AccessGrantView::principalId, AccessGrantView::grantedAt)
                .containsExactly(tuple("new-stewards", renamed));
    }

    @Test
    void aTableGivesTheOwningTeamsTheTablePermissions() {
        Instant at = datasetWithTableAndFolder();

        assertThat(grants("table", "t1", at)).extracting(AccessGrantView::principalId, AccessGrantView::permission)
                .containsExactly(tuple("owners", "DATASET_TABLE_ALL"), tuple("env-admins", "DATASET_TABLE_ALL"),
                        tuple("stewards", "DATASET_TABLE_READ"));
        assertThat(grants("folder", "f1", at)).extracting(AccessGrantView::permission)
                .containsOnly("DATASET_FOLDER_READ");
    }

    @Test
    void aDeletedDatasetGrantsNoTeamAnything() {
        events.record(DATASET, datasetCreated("stewards"));
        Instant deleted = events.record(DATASET, new DatasetDeleted(DATASET, "env1", false, null, Instant.now()));

        assertThat(grants("dataset", DATASET, deleted)).isEmpty();
    }

    @Test
    void aShareGrantsItsPrincipalTheItemFromTheSucceededGrantWithWhoRequestedAndApproved() {
        datasetWithTableAndFolder();
        Instant grantedAt = granted("si1", ShareableType.Table, "t1");

        List<AccessGrantView> onTable = grants("table", "t1", grantedAt);
        List<AccessGrantView> beforeGrant = grants("table", "t1", grantedAt.minusSeconds(1));

        assertThat(beforeGrant).noneMatch(grant -> grant.reason() == AccessReason.SHARE);
        assertThat(onTable).filteredOn(grant -> grant.reason() == AccessReason.SHARE).singleElement()
                .satisfies(grant -> {
                    assertThat(grant.principalId()).isEqualTo("cp1");
                    assertThat(grant.principalType()).isEqualTo("ConsumptionRole");
                    assertThat(grant.team()).isEqualTo(CONSUMERS);
                    assertThat(grant.permission()).isEqualTo("Read");
                    assertThat(grant.shareUri()).isEqualTo(SHARE);
                    assertThat(grant.shareItemUri()).isEqualTo("si1");
                    assertThat(grant.requestedBy()).isEqualTo("bob");
                    assertThat(grant.approvedBy()).isEqualTo("carol");
                    assertThat(grant.grantedAt()).isEqualTo(grantedAt);
                });
    }

    @Test
    void aTableShareShowsOnItsDatasetButNotOnAnotherTable() {
        datasetWithTableAndFolder();
        Instant grantedAt = granted("si1", ShareableType.Table, "t1");

        assertThat(grants("dataset", DATASET, grantedAt)).filteredOn(grant -> grant.reason() == AccessReason.SHARE)
                .extracting(AccessGrantView::itemUri).containsExactly("t1");
        assertThat(grants("table", "t2", grantedAt)).noneMatch(grant -> grant.reason() == AccessReason.SHARE);
        assertThat(grants("folder", "f1", grantedAt)).noneMatch(grant -> grant.reason() == AccessReason.SHARE);
    }

    @Test
    void aBucketShareReachesEveryFolderOfTheDataset() {
        datasetWithTableAndFolder();
        Instant grantedAt = granted("si1", ShareableType.S3Bucket, DATASET);

        assertThat(grants("folder", "f1", grantedAt)).filteredOn(grant -> grant.reason() == AccessReason.SHARE)
                .extracting(AccessGrantView::itemType).containsExactly("S3Bucket");
        assertThat(grants("table", "t1", grantedAt)).noneMatch(grant -> grant.reason() == AccessReason.SHARE);
    }

    @Test
    void theGrantEndsWhenItsRevocationSucceeded() {
        datasetWithTableAndFolder();
        granted("si1", ShareableType.Table, "t1");
        Instant revoking = events.record(SHARE, new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                Map.of("si1", Revoke_Approved), "p2", false, "bob", Instant.now()));
        Instant revoked = events.record(SHARE, new ShareItemProcessed(SHARE, "p2", "si1", Revoke_Succeeded, null,
                Instant.now()));

        assertThat(grants("table", "t1", revoking)).anyMatch(grant -> grant.reason() == AccessReason.SHARE);
        assertThat(grants("table", "t1", revoked)).noneMatch(grant -> grant.reason() == AccessReason.SHARE);
    }
}
