package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.APPROVER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ShareItemsFound;
import io.grantline.api.share.ShareCommands.DeleteShareObject;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShareDeletionTest {

    final ShareFixture share = new ShareFixture();

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"PendingApproval", "Share_Approved", "Share_Rejected",
            "Share_Failed", "Revoke_Succeeded", "PendingExtension"})
    void deletingAShareWhoseItemsHoldNoGrantDeletesIt(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Draft, status))
                .when(new DeleteShareObject(SHARE, false, REQUESTER))
                .expectEvents(new ShareObjectDeleted(SHARE, "dataset1", false, List.of(), null, "bob", NOW));
    }

    @Test
    void deletingAShareWithNothingToCleanUpStartsNoRun() {
        List<Object> events = new ArrayList<>();
        share.given(ShareHistory.draft())
                .when(new DeleteShareObject(SHARE, true, APPROVER))
                .expectEventsMatching(ShareFixture.capturedInto(events));

        assertThat(((ShareObjectDeleted) events.get(0)).processingId()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"Share_Succeeded", "Share_In_Progress", "Revoke_Approved",
            "Revoke_In_Progress", "Revoke_Failed"})
    void deletingAShareWithSharedItemsIsRefusedWithShareItemsFound(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Processed, status))
                .when(new DeleteShareObject(SHARE, false, REQUESTER))
                .expectException(ShareItemsFound.class)
                .expectExceptionMessage(containsString("There are shared items in this request (share001). Revoke"
                        + " access to these items before deleting the request."));
    }

    @Test
    void forceDeletingHandsTheSharedItemsToACleanupRun() {
        List<Object> events = new ArrayList<>();
        share.given(ShareHistory.processed())
                .when(new DeleteShareObject(SHARE, true, REQUESTER))
                .expectEvents(new ShareObjectDeleted(SHARE, "dataset1", true, List.of(ITEM), null, "bob", NOW))
                .expectEventsMatching(ShareFixture.capturedInto(events));

        assertThat(((ShareObjectDeleted) events.get(0)).processingId()).isNotBlank().isNotEqualTo(RUN);
    }

    @Test
    void deletingADeletedShareIsRefusedAsNotFound() {
        share.given(ShareHistory.deleted())
                .when(new DeleteShareObject(SHARE, false, REQUESTER))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("ShareObject share001 not found"));
    }

    @Test
    void aDeletedShareRefusesRequestsAsNotFound() {
        share.given(ShareHistory.deleted())
                .when(new SubmitShareObject(SHARE, false, REQUESTER))
                .expectException(ObjectNotFound.class);
    }
}
