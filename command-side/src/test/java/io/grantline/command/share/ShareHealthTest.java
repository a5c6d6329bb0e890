package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.APPROVERS;
import static io.grantline.command.share.ShareSamples.FOLDER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.ITEM2;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ShareItemsFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.ReapplyShareItems;
import io.grantline.api.share.ShareCommands.RecordShareItemHealth;
import io.grantline.api.share.ShareCommands.VerifyShareItems;
import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareHealthTest {

    static final Instant VERIFIED = NOW.plusSeconds(60);

    final ShareFixture share = new ShareFixture();

    static ShareItemsHealthCheckRequested verifying(String run) {
        return new ShareItemsHealthCheckRequested(SHARE, ShareProcessingKind.VERIFY, List.of(ITEM),
                ShareItemHealthStatus.PendingVerify, run, "bob", NOW);
    }

    static List<Object> processedWithAPendingItem() {
        return ShareHistory.with(ShareHistory.processed(), ShareSamples.added(ITEM2, FOLDER, ShareObjectStatus.Draft));
    }

    @Test
    void verifyingMarksEverySharedItemPendingVerify() {
        share.given(processedWithAPendingItem())
                .when(new VerifyShareItems(SHARE, List.of(), REQUESTER))
                .expectEvents(verifying(null));
    }

    @Test
    void verifyingListedItemsChecksOnlyThoseThatAreShared() {
        share.given(processedWithAPendingItem())
                .when(new VerifyShareItems(SHARE, List.of(ITEM, ITEM2), APPROVER))
                .expectEvents(new ShareItemsHealthCheckRequested(SHARE, ShareProcessingKind.VERIFY, List.of(ITEM),
                        ShareItemHealthStatus.PendingVerify, null, "alice", NOW));
    }

    @Test
    void verifyingHandsTheCheckToANewProcessingRun() {
        List<Object> events = new ArrayList<>();
        share.given(ShareHistory.processed())
                .when(new VerifyShareItems(SHARE, List.of(), REQUESTER))
                .expectEventsMatching(ShareFixture.capturedInto(events));

        assertThat(((ShareItemsHealthCheckRequested) events.get(0)).processingId()).isNotBlank().isNotEqualTo(RUN);
    }

    @Test
    void verifyingAShareWithNothingSharedIsRefusedWithShareItemsFound() {
        share.given(ShareHistory.submitted())
                .when(new VerifyShareItems(SHARE, List.of(), REQUESTER))
                .expectException(ShareItemsFound.class)
                .expectExceptionMessage(containsString("only items in state Share_Succeeded can be verified"));
    }

    @Test
    void verifyingAnUnknownItemIsRefusedAsNotFound() {
        share.given(ShareHistory.processed())
                .when(new VerifyShareItems(SHARE, List.of("unknown1"), REQUESTER))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void reapplyingByAnApproverMarksTheItemsPendingReApply() {
        share.given(ShareHistory.processed())
                .when(new ReapplyShareItems(SHARE, List.of(ITEM), APPROVERS, APPROVER))
                .expectEvents(new ShareItemsHealthCheckRequested(SHARE, ShareProcessingKind.REAPPLY, List.of(ITEM),
                        ShareItemHealthStatus.PendingReApply, null, "alice", NOW));
    }

    @Test
    void reapplyingByTheRequestersIsRefusedNamingApproveShareObject() {
        share.given(ShareHistory.processed())
                .when(new ReapplyShareItems(SHARE, List.of(ITEM), APPROVERS, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("APPROVE_SHARE_OBJECT on resource: share001"));
    }

    @Test
    void aReportWithNothingMissingMakesTheItemHealthy() {
        share.given(ShareHistory.with(ShareHistory.processed(), verifying("check-1")))
                .when(new RecordShareItemHealth(SHARE, "check-1", ITEM, List.of(), VERIFIED))
                .expectEvents(new ShareItemHealthChanged(SHARE, "check-1", ITEM, ShareItemHealthStatus.Healthy, null,
                        VERIFIED));
    }

    @Test
    void aReportOfMissingGrantsMakesTheItemUnhealthyNamingThem() {
        share.given(ShareHistory.with(ShareHistory.processed(), verifying("check-1")))
                .when(new RecordShareItemHealth(SHARE, "check-1", ITEM,
                        List.of("SELECT on sales_db.orders", "resource link orders"), VERIFIED))
                .expectEvents(new ShareItemHealthChanged(SHARE, "check-1", ITEM, ShareItemHealthStatus.Unhealthy,
                        "SELECT on sales_db.orders; resource link orders", VERIFIED));
    }

    @Test
    void aHealthReportOfAnotherRunChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.processed(), verifying("check-1"), verifying("check-2")))
                .when(new RecordShareItemHealth(SHARE, "check-1", ITEM, List.of(), VERIFIED))
                .expectNoEvents();
    }

    @Test
    void aRepeatedHealthReportChangesNothing() {
        share.given(ShareHistory.with(ShareHistory.processed(), verifying("check-1"),
                        new ShareItemHealthChanged(SHARE, "check-1", ITEM, ShareItemHealthStatus.Healthy, null,
                                VERIFIED)))
                .when(new RecordShareItemHealth(SHARE, "check-1", ITEM, List.of("SELECT"), VERIFIED))
                .expectNoEvents();
    }
}
