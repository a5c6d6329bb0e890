package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_LOG;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.projections.support.ReadModel;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The share's log (getShareLogs): what the share processor did, one line per event of a run, keyed by the event's
 * place in the share's stream so that projecting it again writes nothing twice.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ShareLogProjection {

    private final DSLContext db;

    public ShareLogProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ShareProcessingStarted event, @SequenceNumber long sequence) {
        log(event.shareUri(), sequence, event.processingId(), event.kind() + " of " + event.itemStatuses().size()
                + " item(s) started", event.started());
    }

    @EventHandler
    void on(ShareItemProcessed event, @SequenceNumber long sequence) {
        String outcome = "Item " + event.shareItemUri() + ": " + event.itemStatus()
                + (event.error() == null ? "" : " (" + event.error() + ")");
        log(event.shareUri(), sequence, event.processingId(), outcome, event.processed());
    }

    @EventHandler
    void on(ShareItemHealthChanged event, @SequenceNumber long sequence) {
        String health = "Item " + event.shareItemUri() + " verified: " + event.healthStatus()
                + (event.healthMessage() == null || event.healthMessage().isBlank() ? ""
                        : " (" + event.healthMessage() + ")");
        log(event.shareUri(), sequence, event.processingId(), health, event.verified());
    }

    @EventHandler
    void on(ShareProcessingFinished event, @SequenceNumber long sequence) {
        log(event.shareUri(), sequence, event.processingId(), "Run finished; share is " + event.status(),
                event.finished());
    }

    private void log(String shareUri, long sequence, String processingId, String message, Instant when) {
        db.insertInto(SHARE_LOG)
                .set(SHARE_LOG.SHARE_URI, shareUri)
                .set(SHARE_LOG.SEQUENCE, sequence)
                .set(SHARE_LOG.LOG_STREAM, processingId)
                .set(SHARE_LOG.MESSAGE, message)
                .set(SHARE_LOG.LOGGED, utc(when))
                .onConflictDoNothing()
                .execute();
    }
}
