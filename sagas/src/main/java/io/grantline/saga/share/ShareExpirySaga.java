package io.grantline.saga.share;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.grantline.api.DerivedUris;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Revokes a share when its expiry date passes (data.all's share_expiration_task), one per share: a deadline at the
 * expiry date sends ExpireShare, which the share ignores unless it still expires then. An approval, an extension or
 * a change of the expiration period moves the deadline to the new date, or drops it when the share no longer
 * expires.
 * <p>
 * The expiry's saga run is the revocation it starts (recorded by the share processor under the revocation's
 * processingId, kind EXPIRY); an expiry that revokes nothing, or that the share refuses, is a run of its own under
 * an id derived from the share and the date, so every expiry that came due can be found.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ShareExpirySaga {

    static final String EXPIRE = "expireShare";
    static final String EXPIRE_STEP = "expire";

    private static final Logger LOG = LoggerFactory.getLogger(ShareExpirySaga.class);

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String shareUri;
    private Instant expiryDate;

    @StartSaga
    @SagaEventHandler(associationProperty = "shareUri")
    public void on(ShareObjectApproved approved) {
        expireAt(approved.shareUri(), approved.expiryDate());
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "shareUri")
    public void on(ShareExtensionApproved approved) {
        expireAt(approved.shareUri(), approved.nonExpirable() ? null : approved.expiryDate());
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "shareUri")
    public void on(ShareExpirationPeriodUpdated updated) {
        expireAt(updated.shareUri(), updated.nonExpirable() ? null : updated.expiryDate());
    }

    @SagaEventHandler(associationProperty = "shareUri")
    public void on(ShareObjectDeleted deleted) {
        SagaEnding.endCancelling(deadlines, EXPIRE);
    }

    /** Waits for the share's answer: whether it started a revocation decides which run is the expiry's. */
    @DeadlineHandler(deadlineName = EXPIRE)
    public void expire() {
        try {
            String revocation = commands.sendAndWait(new ExpireShare(shareUri, expiryDate));
            if (revocation == null) {
                recordOwnRun(null);
            }
        } catch (RuntimeException e) {
            LOG.warn("Share {} did not take its expiry at {}", shareUri, expiryDate, e);
            recordOwnRun(CloudFailures.describe(e));
        }
        SagaLifecycle.end();
    }

    static String runId(String shareUri, Instant expiryDate) {
        return DerivedUris.of(shareUri, "expiry", expiryDate.toString());
    }

    private void recordOwnRun(String error) {
        String runId = runId(shareUri, expiryDate);
        runs.started(runId, SagaRunKind.EXPIRY, shareUri, "share", Map.of("expiryDate", expiryDate.toString()));
        runs.stepStarted(runId, EXPIRE_STEP, 1);
        runs.stepFinished(runId, EXPIRE_STEP, 1, error);
        if (error == null) {
            runs.succeeded(runId);
        } else {
            runs.failed(runId, error);
        }
    }

    private void expireAt(String shareUri, Instant newExpiryDate) {
        this.shareUri = shareUri;
        deadlines.cancelAllWithinScope(EXPIRE);
        expiryDate = newExpiryDate;
        if (newExpiryDate == null) {
            SagaLifecycle.end();
            return;
        }
        deadlines.schedule(newExpiryDate, EXPIRE);
    }
}
