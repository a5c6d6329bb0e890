package io.grantline.projections.timetravel;

import static io.grantline.api.share.ShareItemStatus.PendingApproval;
import static io.grantline.api.share.ShareItemStatus.Revoke_Approved;
import static io.grantline.api.share.ShareItemStatus.Revoke_Failed;
import static io.grantline.api.share.ShareItemStatus.Revoke_In_Progress;
import static io.grantline.api.share.ShareItemStatus.Revoke_Succeeded;
import static io.grantline.api.share.ShareItemStatus.Share_Approved;
import static io.grantline.api.share.ShareItemStatus.Share_Failed;
import static io.grantline.api.share.ShareItemStatus.Share_In_Progress;
import static io.grantline.api.share.ShareItemStatus.Share_Succeeded;
import static io.grantline.api.share.ShareItemStatus.Share_Rejected;
import static io.grantline.projections.timetravel.TimeTravelEvents.shareCreated;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.api.timetravel.ShareObjectAsOfView;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareItemAsOf;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareAsOfTest {

    static final String SHARE = "sh1";
    static final String ITEM = "si1";

    private final TimeTravelEvents events = new TimeTravelEvents();

    /** Created with one table item and submitted by bob; answers the submission's instant. */
    private Instant submitted() {
        events.record(SHARE, shareCreated(SHARE, SharePrincipalType.ConsumptionRole, "cp1"));
        events.record(SHARE, new ShareItemAdded(SHARE, ITEM, new SharedItem(ShareableType.Table, "t1", "customers",
                null), PendingApproval, ShareObjectStatus.Draft, "bob", Instant.now()));
        return events.record(SHARE, new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted, Map.of(),
                "bob", Instant.now()));
    }

    private Instant approved() {
        return events.record(SHARE, new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                Map.of(ITEM, Share_Approved), null, "p1", "carol", Instant.now()));
    }

    private Instant processed(String processingId, io.grantline.api.share.ShareItemStatus outcome) {
        return events.record(SHARE, new ShareItemProcessed(SHARE, processingId, ITEM, outcome, null, Instant.now()));
    }

    private ShareObjectAsOfView at(Instant at) {
        return ShareAsOf.of(events.of(SHARE, at)).view(at);
    }

    private ShareItemAsOf itemAt(Instant at) {
        return at(at).items().get(0);
    }

    @Test
    void theShareAsCreatedNamesItsDatasetPrincipalAndRequester() {
        Instant created = events.record(SHARE, shareCreated(SHARE, SharePrincipalType.ConsumptionRole, "cp1"));

        ShareObjectAsOfView view = at(created);

        assertThat(view.datasetUri()).isEqualTo("ds1");
        assertThat(view.principal().principalId()).isEqualTo("cp1");
        assertThat(view.principal().principalType()).isEqualTo("ConsumptionRole");
        assertThat(view.principal().groupUri()).isEqualTo("consumers");
        assertThat(view.principal().roleArn()).isEqualTo("arn:aws:iam::444455556666:role/analytics");
        assertThat(view.owner()).isEqualTo("bob");
        assertThat(view.created()).isEqualTo(created);
        assertThat(view.status()).isEqualTo("Draft");
        assertThat(view.permissions()).containsExactly("Read");
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void submissionAndApprovalSayWhoAndWhen() {
        Instant submitted = submitted();
        Instant approved = approved();

        ShareObjectAsOfView view = at(approved);

        assertThat(view.submittedBy()).isEqualTo("bob");
        assertThat(view.submittedAt()).isEqualTo(submitted);
        assertThat(view.approvedBy()).isEqualTo("carol");
        assertThat(view.approvedAt()).isEqualTo(approved);
        assertThat(view.status()).isEqualTo("Approved");
        assertThat(view.items().get(0).status()).isEqualTo("Share_Approved");
    }

    @Test
    void anApprovedItemIsNotGrantedUntilItsGrantSucceeded() {
        submitted();
        Instant approved = approved();
        Instant started = events.record(SHARE, new ShareProcessingStarted(SHARE, "p1", ShareProcessingKind.GRANT,
                ShareObjectStatus.Share_In_Progress, Map.of(ITEM, Share_In_Progress), Instant.now()));
        Instant succeeded = processed("p1", Share_Succeeded);

        assertThat(itemAt(approved).granted()).isFalse();
        assertThat(itemAt(started).granted()).isFalse();
        ShareItemAsOf granted = itemAt(succeeded);
        assertThat(granted.granted()).isTrue();
        assertThat(granted.grantedAt()).isEqualTo(succeeded);
        assertThat(granted.grantRequestedBy()).isEqualTo("bob");
        assertThat(granted.grantApprovedBy()).isEqualTo("carol");
        assertThat(granted.grantApprovedAt()).isEqualTo(approved);
    }

    @Test
    void aFailedGrantGrantsNothing() {
        submitted();
        approved();
        Instant failed = processed("p1", Share_Failed);

        assertThat(itemAt(failed).granted()).isFalse();
        assertThat(itemAt(failed).status()).isEqualTo("Share_Failed");
    }

    @Test
    void aRevokedItemStaysGrantedUntilItsRevocationSucceeded() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        Instant revoked = events.record(SHARE, new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                Map.of(ITEM, Revoke_Approved), "p2", false, "bob", Instant.now()));
        Instant inProgress = events.record(SHARE, new ShareProcessingStarted(SHARE, "p2", ShareProcessingKind.REVOKE,
                ShareObjectStatus.Revoke_In_Progress, Map.of(ITEM, Revoke_In_Progress), Instant.now()));
        Instant gone = processed("p2", Revoke_Succeeded);
        Instant finished = events.record(SHARE, new ShareProcessingFinished(SHARE, "p2", ShareObjectStatus.Processed,
                Instant.now()));

        assertThat(itemAt(revoked).granted()).isTrue();
        assertThat(itemAt(inProgress).granted()).isTrue();
        assertThat(itemAt(gone).granted()).isFalse();
        assertThat(itemAt(gone).grantedAt()).isNull();
        assertThat(at(finished).status()).isEqualTo("Processed");
        assertThat(at(finished).revocations()).singleElement().satisfies(revocation -> {
            assertThat(revocation.revokedBy()).isEqualTo("bob");
            assertThat(revocation.revokedAt()).isEqualTo(revoked);
            assertThat(revocation.shareItemUris()).containsExactly(ITEM);
            assertThat(revocation.expired()).isFalse();
        });
    }

    @Test
    void aFailedRevocationLeavesTheGrantInPlace() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        events.record(SHARE, new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, Map.of(ITEM, Revoke_Approved),
                "p2", false, "bob", Instant.now()));
        Instant failed = processed("p2", Revoke_Failed);

        assertThat(itemAt(failed).granted()).isTrue();
    }

    @Test
    void anExpiryRevokesLikeAPersonAndSaysItExpired() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        events.record(SHARE, new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, Map.of(ITEM, Revoke_Approved),
                "p2", true, "system", Instant.now()));
        Instant gone = processed("p2", Revoke_Succeeded);

        assertThat(itemAt(gone).granted()).isFalse();
        assertThat(at(gone).revocations()).singleElement().satisfies(revocation ->
                assertThat(revocation.expired()).isTrue());
    }

    @Test
    void aForcedDeleteKeepsTheGrantUntilItsCleanupSucceeded() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        Instant deleted = events.record(SHARE, new ShareObjectDeleted(SHARE, "ds1", true, List.of(ITEM), "p3",
                "bob", Instant.now()));
        Instant cleaned = processed("p3", Revoke_Succeeded);

        assertThat(at(deleted).deleted()).isTrue();
        assertThat(at(deleted).status()).isEqualTo("Deleted");
        assertThat(itemAt(deleted).granted()).isTrue();
        assertThat(itemAt(cleaned).granted()).isFalse();
        assertThat(at(cleaned).revocations()).singleElement().satisfies(revocation ->
                assertThat(revocation.forcedDelete()).isTrue());
    }

    @Test
    void aRejectionIsKeptWithItsReason() {
        submitted();
        Instant rejected = events.record(SHARE, new ShareObjectRejected(SHARE, ShareObjectStatus.Rejected,
                Map.of(ITEM, Share_Rejected), "not this month", "carol", Instant.now()));

        ShareObjectAsOfView view = at(rejected);

        assertThat(view.status()).isEqualTo("Rejected");
        assertThat(view.rejectPurpose()).isEqualTo("not this month");
        assertThat(view.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.rejectedBy()).isEqualTo("carol");
            assertThat(rejection.rejectedAt()).isEqualTo(rejected);
        });
    }

    @Test
    void aReShareGrantsAgainFromTheNewApproval() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        events.record(SHARE, new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, Map.of(ITEM, Revoke_Approved),
                "p2", false, "bob", Instant.now()));
        processed("p2", Revoke_Succeeded);
        events.record(SHARE, new ShareItemRemoved(SHARE, ITEM, "t1", "bob", Instant.now()));
        events.record(SHARE, new ShareItemAdded(SHARE, "si2", new SharedItem(ShareableType.Table, "t1", "customers",
                null), PendingApproval, ShareObjectStatus.Draft, "dave", Instant.now()));
        Instant resubmitted = events.record(SHARE, new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted,
                Map.of(), "dave", Instant.now()));
        Instant reapproved = events.record(SHARE, new ShareObjectApproved(SHARE, ShareObjectStatus.Approved,
                Map.of("si2", Share_Approved), null, "p4", "erin", Instant.now()));
        Instant regranted = events.record(SHARE, new ShareItemProcessed(SHARE, "p4", "si2", Share_Succeeded, null,
                Instant.now()));

        ShareObjectAsOfView view = at(regranted);

        assertThat(view.items()).singleElement().satisfies(item -> {
            assertThat(item.shareItemUri()).isEqualTo("si2");
            assertThat(item.granted()).isTrue();
            assertThat(item.grantRequestedBy()).isEqualTo("dave");
            assertThat(item.grantRequestedAt()).isEqualTo(resubmitted);
            assertThat(item.grantApprovedBy()).isEqualTo("erin");
            assertThat(item.grantApprovedAt()).isEqualTo(reapproved);
        });
    }

    @Test
    void healthChecksAreFolded() {
        submitted();
        approved();
        processed("p1", Share_Succeeded);
        Instant checked = events.record(SHARE, new ShareItemHealthChanged(SHARE, "p5", ITEM,
                ShareItemHealthStatus.Unhealthy, "missing grant", Instant.now()));

        assertThat(itemAt(checked).healthStatus()).isEqualTo("Unhealthy");
        assertThat(itemAt(checked).healthMessage()).isEqualTo("missing grant");
    }
}
