package io.grantline.saga.share;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.FinishShareProcessing;
import io.grantline.api.share.ShareCommands.RecordShareItemHealth;
import io.grantline.api.share.ShareCommands.RecordShareItemOutcome;
import io.grantline.api.share.ShareCommands.StartShareProcessing;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * One run of the share processor (data.all's SharingService), per processingId: takes the dataset's and the
 * principal's locks, tells the share the run started, grants, revokes, re-applies or verifies each item through the
 * share manager of its type, records each item's outcome (or health) and finishes. An item that fails is recorded
 * with its cause and the run goes on with the next; throttling is waited out with deadlines, holding the locks. The items done are kept in the
 * saga's state, so a run resumes where it was, and every step is safe to repeat.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ShareProcessingSaga {

    static final String LOCK = "acquireShareDatasetLock";
    static final String RETRY = "retryShareItem";

    private static final Logger LOG = LoggerFactory.getLogger(ShareProcessingSaga.class);

    @Autowired
    private transient ShareHistory shares;
    @Autowired
    private transient ShareLocks locks;
    @Autowired
    private transient ShareItemManagers managers;
    @Autowired
    private transient ShareProcessingPolicy sharePolicy;
    @Autowired
    private transient DeploymentPolicy retryPolicy;
    @Autowired
    private transient Clock clock;
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String shareUri;
    private String datasetUri;
    /** The principal's share policy spans datasets, so runs for one principal take turns too. */
    private String principalLock;
    private String processingId;
    private ShareProcessingKind kind;
    private List<String> items = new ArrayList<>();
    /** How many of items are done. */
    private int done;
    /** The current item of a re-apply is granted again; only its verification is left. */
    private boolean regranted;
    private boolean started;
    /** The cause of the last item that failed: the run failed when it is set. */
    private String lastError;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();

    @StartSaga
    @SagaEventHandler(associationProperty = "processingId")
    public void on(ShareObjectApproved approved) {
        begin(approved.shareUri(), approved.processingId(), ShareProcessingKind.GRANT,
                itemsIn(approved.itemStatuses(), ShareItemStatus.Share_Approved), SagaRunKind.SHARE);
    }

    /** A revocation the share's expiry date started is the expiry's run. */
    @StartSaga
    @SagaEventHandler(associationProperty = "processingId")
    public void on(ShareItemsRevoked revoked) {
        begin(revoked.shareUri(), revoked.processingId(), ShareProcessingKind.REVOKE,
                itemsIn(revoked.itemStatuses(), ShareItemStatus.Revoke_Approved),
                revoked.expired() ? SagaRunKind.EXPIRY : SagaRunKind.REVOKE);
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "processingId")
    public void on(ShareItemsHealthCheckRequested requested) {
        begin(requested.shareUri(), requested.processingId(), requested.kind(), requested.shareItemUris(),
                runKind(requested.kind()));
    }

    /** Associated by share: a delete that cleans nothing up has no processingId. */
    @StartSaga(forceNew = true)
    @SagaEventHandler(associationProperty = "shareUri")
    public void on(ShareObjectDeleted deleted) {
        if (deleted.itemsToCleanUp() == null || deleted.itemsToCleanUp().isEmpty()) {
            SagaLifecycle.end();
            return;
        }
        // the share is gone; its grants are still taken back, and the outcomes recorded on its history
        begin(deleted.shareUri(), deleted.processingId(), ShareProcessingKind.REVOKE, deleted.itemsToCleanUp(),
                SagaRunKind.REVOKE);
    }

    private void begin(String shareUri, String processingId, ShareProcessingKind kind, List<String> items,
                       SagaRunKind runKind) {
        this.shareUri = shareUri;
        this.processingId = processingId;
        this.kind = kind;
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        Optional<ShareFacts> share = shares.load(shareUri);
        if (share.isEmpty()) {
            LOG.warn("Share processing {} names share {}, which does not exist; nothing to do", processingId,
                    shareUri);
            SagaLifecycle.end();
            return;
        }
        datasetUri = share.get().datasetUri();
        principalLock = "principal:" + share.get().grant().target().principalRoleArn();
        SagaLifecycle.associateWith("runId", processingId);
        runs.started(processingId, runKind, shareUri, "share", Map.of("items", String.join(",", this.items)));
        resume();
    }

    /**
     * An admin cancelled the run: the items not done yet are recorded as failed (a grant or revocation), so the share
     * does not stay in progress, and the locks are let go.
     */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        String cause = "Cancelled by " + cancelled.cancelledBy()
                + (cancelled.reason() == null ? "" : ": " + cancelled.reason());
        if (started && (kind == ShareProcessingKind.GRANT || kind == ShareProcessingKind.REVOKE)) {
            for (String shareItemUri : items.subList(done, items.size())) {
                report(new RecordShareItemOutcome(shareUri, processingId, shareItemUri, false, cause));
            }
        }
        end();
    }

    static SagaRunKind runKind(ShareProcessingKind kind) {
        return switch (kind) {
            case GRANT -> SagaRunKind.SHARE;
            case REVOKE -> SagaRunKind.REVOKE;
            case VERIFY -> SagaRunKind.VERIFY;
            case REAPPLY -> SagaRunKind.REAPPLY;
        };
    }

    @DeadlineHandler(deadlineName = LOCK)
    public void lockWaitOver() {
        resume();
    }

    @DeadlineHandler(deadlineName = RETRY)
    public void retryWaitOver() {
        resume();
    }

    private void resume() {
        if (!acquireLocks()) {
            LOG.debug("Share processing {}: dataset {} or {} is busy with another run; asking again in {}",
                    processingId, datasetUri, principalLock, sharePolicy.lockWait());
            deadlines.schedule(sharePolicy.lockWait(), LOCK);
            return;
        }
        if (!started) {
            startRun();
        }
        Optional<ShareFacts> share = shares.load(shareUri);
        while (done < items.size()) {
            Optional<Duration> wait = process(share, items.get(done));
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), RETRY);
                return;
            }
            done++;
            regranted = false;
            retries.succeeded();
        }
        finish();
    }

    /** Both or neither, so two runs each holding one of the locks cannot wait on each other. */
    private boolean acquireLocks() {
        if (!locks.tryAcquire(datasetUri, processingId)) {
            return false;
        }
        if (principalLock == null || locks.tryAcquire(principalLock, processingId)) {
            return true;
        }
        locks.release(datasetUri, processingId);
        return false;
    }

    private void startRun() {
        if (kind == ShareProcessingKind.GRANT || kind == ShareProcessingKind.REVOKE) {
            report(new StartShareProcessing(shareUri, processingId));
        }
        started = true;
    }

    /** Does the run's work on one item; answers the wait before trying it again, empty when the item is done. */
    private Optional<Duration> process(Optional<ShareFacts> share, String shareItemUri) {
        Optional<ShareItemFacts> item = share.flatMap(facts -> facts.item(shareItemUri));
        if (item.isEmpty()) {
            failed(shareItemUri, "The item " + shareItemUri + " is no longer part of share " + shareUri);
            return Optional.empty();
        }
        String step = kind.name().toLowerCase() + " " + shareItemUri;
        int attempt = retries.failedAttempts() + 1;
        runs.stepStarted(processingId, step, attempt);
        try {
            apply(share.get().grant(), item.get());
            runs.stepFinished(processingId, step, attempt, null);
            return Optional.empty();
        } catch (RuntimeException e) {
            runs.stepFinished(processingId, step, attempt, CloudFailures.describe(e));
            Optional<Duration> wait = retries.retryAfter(e, retryPolicy);
            if (wait.isPresent()) {
                LOG.info("Share processing {} of share {}, item {}: {}; retry {} in {}", processingId, shareUri,
                        shareItemUri, e.getMessage(), retries.failedAttempts(), wait.get());
                return wait;
            }
            LOG.warn("Share processing {} of share {}: item {} failed", processingId, shareUri, shareItemUri, e);
            failed(shareItemUri, retries.finalCause(e));
            return Optional.empty();
        }
    }

    private void apply(ShareGrant grant, ShareItemFacts item) {
        ShareItemManager manager = managers.of(item.item().itemType());
        switch (kind) {
            case GRANT -> {
                manager.grant(grant, item.item(), item.filter());
                succeeded(item.shareItemUri());
            }
            case REVOKE -> {
                manager.revoke(grant, item.item(), item.filter());
                succeeded(item.shareItemUri());
            }
            case REAPPLY -> {
                if (!regranted) {
                    manager.grant(grant, item.item(), item.filter());
                    regranted = true;
                }
                health(item.shareItemUri(), manager.verify(grant, item.item(), item.filter()));
            }
            case VERIFY -> health(item.shareItemUri(), manager.verify(grant, item.item(), item.filter()));
        }
    }

    private void succeeded(String shareItemUri) {
        report(new RecordShareItemOutcome(shareUri, processingId, shareItemUri, true, null));
    }

    private void failed(String shareItemUri, String cause) {
        lastError = cause;
        if (kind == ShareProcessingKind.GRANT || kind == ShareProcessingKind.REVOKE) {
            report(new RecordShareItemOutcome(shareUri, processingId, shareItemUri, false, cause));
        } else {
            health(shareItemUri, List.of(cause));
        }
    }

    private void health(String shareItemUri, List<String> missing) {
        report(new RecordShareItemHealth(shareUri, processingId, shareItemUri, List.copyOf(missing),
                clock.instant()));
    }

    private void finish() {
        // the share ignores it for a run that moved no status: verify, re-apply, a forced delete's cleanup
        if (lastError == null) {
            runs.succeeded(processingId);
        } else {
            runs.failed(processingId, lastError);
        }
        end();
    }

    private void end() {
        report(new FinishShareProcessing(shareUri, processingId));
        locks.release(datasetUri, processingId);
        if (principalLock != null) {
            locks.release(principalLock, processingId);
        }
        SagaEnding.endCancelling(deadlines, LOCK, RETRY);
    }

    private void report(Object command) {
        SagaReports.send(commands, command, LOG, "Share {} did not take {} of share processing {}", shareUri,
                command.getClass().getSimpleName(), processingId);
    }

    private static List<String> itemsIn(Map<String, ShareItemStatus> itemStatuses, ShareItemStatus status) {
        if (itemStatuses == null) {
            return List.of();
        }
        return itemStatuses.entrySet().stream()
                .filter(entry -> entry.getValue() == status)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
