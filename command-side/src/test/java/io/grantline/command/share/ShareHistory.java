package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.DATASET;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.MONTHLY;
import static io.grantline.command.share.ShareSamples.NOW;
import static io.grantline.command.share.ShareSamples.RUN;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.TABLE;
import static io.grantline.command.share.ShareSamples.added;
import static io.grantline.command.share.ShareSamples.created;
import static io.grantline.command.share.ShareSamples.monthsAfterNow;

import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.SharedDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The histories that bring share001 (with table item shitem01) to each state of the workflow. */
final class ShareHistory {

    private ShareHistory() {
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    static List<Object> draft() {
        return draft(DATASET, null, false);
    }

    static List<Object> draft(SharedDataset dataset, Integer period, boolean nonExpirable) {
        return List.of(created(dataset, period, nonExpirable), added(ITEM, TABLE, ShareObjectStatus.Draft));
    }

    static List<Object> submitted() {
        return with(draft(), ShareSamples.submitted(Map.of()));
    }

    static List<Object> approved() {
        return with(submitted(), ShareSamples.approved(RUN, null));
    }

    static List<Object> granting() {
        return with(approved(), new ShareProcessingStarted(SHARE, RUN, ShareProcessingKind.GRANT,
                ShareObjectStatus.Share_In_Progress, Map.of(ITEM, ShareItemStatus.Share_In_Progress), NOW));
    }

    static List<Object> processed() {
        return with(granting(), processedItem(RUN, ShareItemStatus.Share_Succeeded, null), finished(RUN));
    }

    static List<Object> failed() {
        return with(granting(), processedItem(RUN, ShareItemStatus.Share_Failed, "AccessDenied"), finished(RUN));
    }

    static List<Object> rejected() {
        return with(submitted(), new ShareObjectRejected(SHARE, ShareObjectStatus.Rejected,
                Map.of(ITEM, ShareItemStatus.Share_Rejected), "not needed", "alice", NOW));
    }

    /** Processed, then shitem01 approved for revocation under run. */
    static List<Object> revoked(String run) {
        return with(processed(), new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked,
                Map.of(ITEM, ShareItemStatus.Revoke_Approved), run, false, "bob", NOW));
    }

    static List<Object> revoking(String run) {
        return with(revoked(run), new ShareProcessingStarted(SHARE, run, ShareProcessingKind.REVOKE,
                ShareObjectStatus.Revoke_In_Progress, Map.of(ITEM, ShareItemStatus.Revoke_In_Progress), NOW));
    }

    /** A share of a Monthly dataset asking for 6 months, granted at NOW. */
    static List<Object> expiringProcessed() {
        return with(draft(MONTHLY, 6, false), ShareSamples.submitted(Map.of()),
                ShareSamples.approved(RUN, monthsAfterNow(6)),
                new ShareProcessingStarted(SHARE, RUN, ShareProcessingKind.GRANT,
                        ShareObjectStatus.Share_In_Progress, Map.of(ITEM, ShareItemStatus.Share_In_Progress), NOW),
                processedItem(RUN, ShareItemStatus.Share_Succeeded, null), finished(RUN));
    }

    /** expiringProcessed, then an extension of 3 months asked for. */
    static List<Object> extensionSubmitted() {
        return with(expiringProcessed(), new ShareExtensionSubmitted(SHARE, ShareObjectStatus.Submitted_For_Extension,
                Map.of(ITEM, ShareItemStatus.PendingExtension), 3, false, "quarter end", monthsAfterNow(3), "bob",
                NOW));
    }

    static List<Object> extensionRejected() {
        return with(extensionSubmitted(), new ShareObjectRejected(SHARE, ShareObjectStatus.Extension_Rejected,
                Map.of(ITEM, ShareItemStatus.Share_Succeeded), "too long", "alice", NOW));
    }

    static List<Object> deleted() {
        return with(draft(), new ShareObjectDeleted(SHARE, "dataset1", false, List.of(), null, "bob", NOW));
    }

    /**
     * shitem01 in itemStatus and the share in status, for the rules that hold whatever history led there (a
     * submission event carries both).
     */
    static List<Object> in(ShareObjectStatus status, ShareItemStatus itemStatus) {
        return with(draft(), new ShareObjectSubmitted(SHARE, status, Map.of(ITEM, itemStatus), "bob", NOW));
    }

    static ShareItemProcessed processedItem(String run, ShareItemStatus status, String error) {
        return new ShareItemProcessed(SHARE, run, ITEM, status, error, NOW);
    }

    static ShareProcessingFinished finished(String run) {
        return new ShareProcessingFinished(SHARE, run, ShareObjectStatus.Processed, NOW);
    }
}
