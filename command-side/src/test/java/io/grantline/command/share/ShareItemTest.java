package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.FOLDER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.ITEM2;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.STEWARD;
import static io.grantline.command.share.ShareSamples.TABLE;
import static io.grantline.command.share.ShareSamples.added;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.AddSharedItem;
import io.grantline.api.share.ShareCommands.RemoveSharedItem;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharedItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ShareItemTest {

    final ShareFixture share = new ShareFixture();

    static Stream<List<Object>> sharesThatGoBackToDraft() {
        return Stream.of(ShareHistory.submitted(), ShareHistory.rejected(), ShareHistory.processed(),
                ShareHistory.extensionRejected());
    }

    static Stream<List<Object>> sharesWithARunPendingOrRunning() {
        return Stream.of(ShareHistory.approved(), ShareHistory.granting(), ShareHistory.revoked("run-2"),
                ShareHistory.revoking("run-2"), ShareHistory.extensionSubmitted());
    }

    @Test
    void addingAnItemToADraftShareKeepsItDraft() {
        share.given(ShareHistory.draft())
                .when(new AddSharedItem(SHARE, ITEM2, FOLDER, REQUESTER))
                .expectEvents(added(ITEM2, FOLDER, ShareObjectStatus.Draft));
    }

    @ParameterizedTest
    @MethodSource("sharesThatGoBackToDraft")
    void addingAnItemToASubmittedRejectedProcessedOrExtensionRejectedShareSendsItBackToDraft(List<Object> history) {
        share.given(history)
                .when(new AddSharedItem(SHARE, ITEM2, FOLDER, REQUESTER))
                .expectEvents(added(ITEM2, FOLDER, ShareObjectStatus.Draft));
    }

    @Test
    void addingAnItemAnswersItsShareItemUri() {
        share.given(ShareHistory.draft())
                .when(new AddSharedItem(SHARE, ITEM2, FOLDER, REQUESTER))
                .expectResultMessagePayload(ITEM2);
    }

    @Test
    void addingAnItemTheShareHoldsIsRefusedNamingTheItem() {
        share.given(ShareHistory.draft())
                .when(new AddSharedItem(SHARE, ITEM2, TABLE, REQUESTER))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Item Table orders (table001) is already in share share001"));
    }

    @ParameterizedTest
    @MethodSource("sharesWithARunPendingOrRunning")
    void addingAnItemWhileARunIsPendingOrRunningIsRefusedAsATransitionNotPossible(List<Object> history) {
        share.given(history)
                .when(new AddSharedItem(SHARE, ITEM2, FOLDER, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("This transition is not possible"));
    }

    @Test
    void addingAnItemWithoutItsTypeIsRefused() {
        share.given(ShareHistory.draft())
                .when(new AddSharedItem(SHARE, ITEM2, new SharedItem(null, "folder01", "raw", ""), REQUESTER))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("itemType is required"));
    }

    @Test
    void addingAnItemToADeletedShareIsRefusedAsNotFound() {
        share.given(ShareHistory.deleted())
                .when(new AddSharedItem(SHARE, ITEM2, FOLDER, REQUESTER))
                .expectException(ObjectNotFound.class);
    }

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"PendingApproval", "Share_Rejected", "Share_Failed",
            "Revoke_Succeeded"})
    void removingAnItemThatHoldsNoGrantRemovesIt(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Draft, status))
                .when(new RemoveSharedItem(SHARE, ITEM, STEWARD))
                .expectEvents(new ShareItemRemoved(SHARE, ITEM, "table001", "sue", NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ShareItemStatus.class, names = {"Share_Approved", "Share_In_Progress", "Share_Succeeded",
            "Revoke_Approved", "Revoke_In_Progress", "Revoke_Failed", "PendingExtension"})
    void removingAnItemThatHoldsOrAwaitsAGrantIsRefused(ShareItemStatus status) {
        share.given(ShareHistory.in(ShareObjectStatus.Processed, status))
                .when(new RemoveSharedItem(SHARE, ITEM, REQUESTER))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(status + " cannot go to ['Deleted']"));
    }

    @Test
    void removingAnUnknownItemIsRefusedAsNotFound() {
        share.given(ShareHistory.draft())
                .when(new RemoveSharedItem(SHARE, "unknown1", REQUESTER))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("ShareObjectItem unknown1 not found"));
    }

    @Test
    void aRemovedItemCanBeAddedAgain() {
        share.given(ShareHistory.with(ShareHistory.draft(), new ShareItemRemoved(SHARE, ITEM, "table001", "bob",
                        NOW)))
                .when(new AddSharedItem(SHARE, ITEM2, TABLE, REQUESTER))
                .expectEvents(added(ITEM2, TABLE, ShareObjectStatus.Draft));
    }
}
