package io.grantline.command.share;

import static io.grantline.api.permission.SharePermissions.APPROVE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.REJECT_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.SUBMIT_SHARE_OBJECT;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.Actor;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ShareItemsFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.AddSharedItem;
import io.grantline.api.share.ShareCommands.ApproveShareExtension;
import io.grantline.api.share.ShareCommands.ApproveShareObject;
import io.grantline.api.share.ShareCommands.CancelShareExtension;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareCommands.DeleteShareObject;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareCommands.FinishShareProcessing;
import io.grantline.api.share.ShareCommands.ReapplyShareItems;
import io.grantline.api.share.ShareCommands.RecordShareItemHealth;
import io.grantline.api.share.ShareCommands.RecordShareItemOutcome;
import io.grantline.api.share.ShareCommands.RejectShareObject;
import io.grantline.api.share.ShareCommands.RemoveShareItemFilter;
import io.grantline.api.share.ShareCommands.RemoveSharedItem;
import io.grantline.api.share.ShareCommands.RevokeShareItems;
import io.grantline.api.share.ShareCommands.StartShareProcessing;
import io.grantline.api.share.ShareCommands.SubmitShareExtension;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.api.share.ShareCommands.UpdateShareExpirationPeriod;
import io.grantline.api.share.ShareCommands.UpdateShareExtensionReason;
import io.grantline.api.share.ShareCommands.UpdateShareItemFilters;
import io.grantline.api.share.ShareCommands.UpdateShareRejectPurpose;
import io.grantline.api.share.ShareCommands.UpdateShareRequestPurpose;
import io.grantline.api.share.ShareCommands.VerifyShareItems;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionReasonUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemFilterRemoved;
import io.grantline.api.share.ShareEvents.ShareItemFiltersUpdated;
import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareEvents.ShareRejectPurposeUpdated;
import io.grantline.api.share.ShareEvents.ShareRequestPurposeUpdated;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.api.share.ShareTarget;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A share request: a team (through an IAM principal) asking for items of a dataset. It walks data.all's share state
 * machine ({@link ShareStateMachine}); approval, revocation and a forced delete hand a run of the share processor a
 * processingId, and only that run's reports move the items on. Verify and re-apply runs only touch item health.
 * Once deleted, the share answers nothing but the cleanup run of its forced delete, whose outcomes it records.
 */
@Aggregate
public class ShareObject {

    private static final Set<ShareItemStatus> SUBMITTABLE = Set.of(ShareItemStatus.PendingApproval,
            ShareItemStatus.Share_Rejected, ShareItemStatus.Share_Failed);
    private static final Set<ShareObjectStatus> EXPIRATION_EDITABLE = Set.of(ShareObjectStatus.Submitted,
            ShareObjectStatus.Submitted_For_Extension, ShareObjectStatus.Draft);

    @AggregateIdentifier
    private String shareUri;
    private SharedDataset dataset;
    private ShareParties parties;
    private ShareObjectStatus status;
    private final ShareItems items = new ShareItems();
    private Integer expirationPeriod;
    private boolean nonExpirable;
    private Integer requestedPeriod;
    private boolean requestedNonExpirable;
    private Instant expiryDate;
    /** The run of the share processor that may move the share and its items now (grant, revoke or cleanup). */
    private String processingId;
    private final Set<String> pendingCleanUp = new HashSet<>();

    protected ShareObject() {
    }

    /** Created by {@link ShareObjectCommandHandler} when no live share has the same dataset, team and principal. */
    ShareObject(CreateShareObject command) {
        String action = "createShareObject";
        String uri = present(action, "shareUri", command.shareUri());
        SharedDataset sharedDataset = ShareObjectCommandHandler.datasetOf(command);
        ShareTarget target = ShareObjectCommandHandler.targetOf(command);
        if (target.principalType() == null) {
            throw new RequiredParameter(action, "principalType");
        }
        List<ShareDataPermission> permissions = command.permissions() == null || command.permissions().isEmpty()
                ? List.of(ShareDataPermission.Read) : command.permissions().stream().distinct().toList();
        Integer period = ShareExpiry.checkedPeriod(action, "shareExpirationPeriod", sharedDataset,
                command.shareExpirationPeriod(), command.nonExpirable());
        SharedItem item = command.item() == null ? null : itemOf(action, command.item());
        String itemUri = item == null ? null : present(action, "shareItemUri", command.shareItemUri());
        Instant now = now();
        ApplyMore created = apply(new ShareObjectCreated(uri, sharedDataset, target, permissions,
                command.requestPurpose(), period, command.nonExpirable(), ShareObjectStatus.Draft,
                command.actor().username(), now));
        if (item != null) {
            created.andThenApply(() -> new ShareItemAdded(uri, itemUri, item, ShareItemStatus.PendingApproval,
                    ShareObjectStatus.Draft, command.actor().username(), now));
        }
    }

    /** createShareObject for a share that exists: its item joins the share unless the share already holds it. */
    void addRequestedItem(CreateShareObject command) {
        requireLive();
        if (command.item() != null && items.holding(command.item().itemUri()).isEmpty()) {
            addItem("createShareObject", command.shareItemUri(), command.item(), command.actor());
        }
    }

    @CommandHandler
    public String handle(AddSharedItem command) {
        requireLive();
        return addItem("addSharedItem", command.shareItemUri(), command.item(), command.actor());
    }

    private String addItem(String action, String requestedUri, SharedItem requested, Actor actor) {
        String itemUri = present(action, "shareItemUri", requestedUri);
        SharedItem item = itemOf(action, requested);
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.AddItem, status);
        items.holding(item.itemUri()).ifPresent(existing -> {
            throw new ResourceAlreadyExists(action, "Item " + existing.describe() + " is already in share "
                    + shareUri + " as share item " + existing.shareItemUri);
        });
        if (items.find(itemUri).isPresent()) {
            throw new ResourceAlreadyExists(action, "Share item " + itemUri + " already exists in share " + shareUri);
        }
        apply(new ShareItemAdded(shareUri, itemUri, item, ShareItemStatus.PendingApproval, next, actor.username(),
                now()));
        return itemUri;
    }

    @CommandHandler
    public void handle(RemoveSharedItem command) {
        requireLive();
        ShareItem item = items.get(command.shareItemUri());
        ShareStateMachine.next(ShareAction.RemoveItem, item.status);
        apply(new ShareItemRemoved(shareUri, item.shareItemUri, item.item.itemUri(), command.actor().username(),
                now()));
    }

    /** data.all asks for a pending item first; Share_Rejected and Share_Failed items go back to PendingApproval. */
    @CommandHandler
    public void handle(SubmitShareObject command) {
        requireLive();
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        if (!items.anyIn(SUBMITTABLE)) {
            throw new ShareItemsFound("Submit Share Object",
                    "The request is empty of pending items. Add items to share request.");
        }
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.Submit, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(ShareAction.Submit);
        if (next != status || !moves.isEmpty()) {
            apply(new ShareObjectSubmitted(shareUri, next, moves, command.actor().username(), now()));
        }
        if (command.autoApprove()) {
            approve(command.actor());
        }
    }

    @CommandHandler
    public void handle(ApproveShareObject command) {
        requireLive();
        parties.requireApprover(command.actor(), command.approverGroups(), APPROVE_SHARE_OBJECT);
        approve(command.actor());
    }

    /** The first approval fixes the expiry date; items approved later share it. */
    private void approve(Actor actor) {
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.Approve, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(ShareAction.Approve);
        if (next == status && moves.isEmpty()) {
            return;
        }
        Instant now = now();
        Instant expiry = expiryDate != null ? expiryDate
                : ShareExpiry.expiryDate(dataset, expirationPeriod, nonExpirable, now);
        apply(new ShareObjectApproved(shareUri, next, moves, expiry, newProcessingId(), actor.username(), now));
    }

    @CommandHandler
    public void handle(RejectShareObject command) {
        requireLive();
        parties.requireApprover(command.actor(), command.approverGroups(), REJECT_SHARE_OBJECT);
        ShareAction action = status == ShareObjectStatus.Submitted_For_Extension
                ? ShareAction.ExtensionReject : ShareAction.Reject;
        ShareObjectStatus next = ShareStateMachine.next(action, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(action);
        if (next != status || !moves.isEmpty()) {
            apply(new ShareObjectRejected(shareUri, next, moves, command.rejectPurpose(),
                    command.actor().username(), now()));
        }
    }

    @CommandHandler
    public void handle(RevokeShareItems command) {
        requireLive();
        String action = "Revoke Items from Share Object";
        List<String> uris = command.shareItemUris() == null ? List.of() : command.shareItemUris();
        if (uris.isEmpty()) {
            throw new ShareItemsFound(action, "Nothing to be revoked.");
        }
        List<ShareItem> chosen = uris.stream().distinct().map(items::get).toList();
        if (chosen.stream().anyMatch(item -> item.health == ShareItemHealthStatus.PendingReApply)) {
            throw new UnauthorizedOperation(action, "Cannot revoke while reapply pending for one or more items.");
        }
        revoke(chosen, false, command.actor());
    }

    /**
     * Sent when the expiry date passes: revokes what is shared, unless an extension moved the date meanwhile.
     * Answers the processingId of the revocation, null when nothing is revoked, so the expiry's saga knows which
     * run is the expiry's.
     */
    @CommandHandler
    public String handle(ExpireShare command) {
        List<ShareItem> shared = items.in(Set.of(ShareItemStatus.Share_Succeeded));
        if (status == ShareObjectStatus.Deleted || expiryDate == null || !expiryDate.equals(command.expiryDate())
                || shared.isEmpty() || !ShareStateMachine.permits(ShareAction.RevokeItems, status)) {
            return null;
        }
        return revoke(shared, true, Actor.system());
    }

    /** Answers the processingId of the revocation, null when nothing moves. */
    private String revoke(List<ShareItem> chosen, boolean expired, Actor actor) {
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.RevokeItems, status);
        Map<String, ShareItemStatus> moves = items.moved(ShareAction.RevokeItems, chosen);
        if (next == status && moves.isEmpty()) {
            return null;
        }
        String processingId = newProcessingId();
        apply(new ShareItemsRevoked(shareUri, next, moves, processingId, expired, actor.username(), now()));
        return processingId;
    }

    /**
     * Called by {@link ShareObjectCommandHandler}, which frees the share's key once this succeeds. A forced delete
     * hands every item that holds or may hold grants to a cleanup run.
     */
    void delete(DeleteShareObject command) {
        requireLive();
        List<ShareItem> shared = items.in(ShareStateMachine.SHARED);
        if (!shared.isEmpty() && !command.forceDelete()) {
            throw new ShareItemsFound("Delete share object", "There are shared items in this request (" + shareUri
                    + "). Revoke access to these items before deleting the request.");
        }
        List<String> cleanUp = shared.stream().map(item -> item.shareItemUri).toList();
        apply(new ShareObjectDeleted(shareUri, dataset.datasetUri(), command.forceDelete(), cleanUp,
                cleanUp.isEmpty() ? null : newProcessingId(), command.actor().username(), now()));
    }

    @CommandHandler
    public void handle(UpdateShareRequestPurpose command) {
        requireLive();
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        apply(new ShareRequestPurposeUpdated(shareUri, command.requestPurpose(), now()));
    }

    @CommandHandler
    public void handle(UpdateShareRejectPurpose command) {
        requireLive();
        parties.requireApprover(command.actor(), command.approverGroups(), REJECT_SHARE_OBJECT);
        apply(new ShareRejectPurposeUpdated(shareUri, command.rejectPurpose(), now()));
    }

    @CommandHandler
    public void handle(UpdateShareExtensionReason command) {
        requireLive();
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        apply(new ShareExtensionReasonUpdated(shareUri, command.extensionReason(), now()));
    }

    /**
     * data.all lets the requester change the period before approval, or while an extension waits (then it is the
     * extension's period that changes). Making the share non-expiring clears its expiry date.
     */
    @CommandHandler
    public void handle(UpdateShareExpirationPeriod command) {
        requireLive();
        String action = "updateShareExpirationPeriod";
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        if (!EXPIRATION_EDITABLE.contains(status)) {
            throw new UnauthorizedOperation(action, "Cannot update share object's expiration as it is not in "
                    + "Submitted, Submitted_For_Extension, Draft");
        }
        boolean extending = status == ShareObjectStatus.Submitted_For_Extension;
        boolean toNonExpirable = command.nonExpirable() != null ? command.nonExpirable()
                : extending ? requestedNonExpirable : nonExpirable;
        if (!toNonExpirable && !dataset.enableExpiration()) {
            throw new UnauthorizedOperation(action,
                    "Couldn't update share expiration as dataset doesn't have share expiration enabled");
        }
        Integer period = ShareExpiry.checkedPeriod(action, "expiration", dataset, command.expiration(),
                toNonExpirable);
        apply(new ShareExpirationPeriodUpdated(shareUri, period, toNonExpirable,
                toNonExpirable && !extending ? null : expiryDate, now()));
    }

    @CommandHandler
    public void handle(SubmitShareExtension command) {
        requireLive();
        String action = "submitShareExtension";
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        if (!dataset.enableExpiration()) {
            throw new UnauthorizedOperation(action,
                    "Share expiration cannot be extended as the dataset doesn't have expiration enabled");
        }
        boolean toNonExpirable = Boolean.TRUE.equals(command.nonExpirable());
        if (nonExpirable && toNonExpirable) {
            throw new UnauthorizedOperation(action, "Share " + shareUri
                    + " does not expire: there is nothing to extend");
        }
        Integer period = ShareExpiry.checkedPeriod(action, "expiration", dataset, command.expiration(),
                toNonExpirable);
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.Extension, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(ShareAction.Extension);
        if (next == status && moves.isEmpty()) {
            return;
        }
        Instant now = now();
        apply(new ShareExtensionSubmitted(shareUri, next, moves, period, toNonExpirable, command.extensionReason(),
                ShareExpiry.expiryDate(dataset, period, toNonExpirable, now), command.actor().username(), now));
    }

    /** The new expiry counts from the approval, by the period the extension asked for. */
    @CommandHandler
    public void handle(ApproveShareExtension command) {
        requireLive();
        parties.requireApprover(command.actor(), command.approverGroups(), APPROVE_SHARE_OBJECT);
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.ExtensionApprove, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(ShareAction.ExtensionApprove);
        if (next == status && moves.isEmpty()) {
            return;
        }
        Instant now = now();
        apply(new ShareExtensionApproved(shareUri, next, moves,
                ShareExpiry.expiryDate(dataset, requestedPeriod, requestedNonExpirable, now), requestedNonExpirable,
                command.actor().username(), now));
    }

    @CommandHandler
    public void handle(CancelShareExtension command) {
        requireLive();
        parties.requireRequester(command.actor(), SUBMIT_SHARE_OBJECT);
        ShareObjectStatus next = ShareStateMachine.next(ShareAction.CancelExtension, status);
        Map<String, ShareItemStatus> moves = items.movedByAll(ShareAction.CancelExtension);
        if (next != status || !moves.isEmpty()) {
            apply(new ShareExtensionCancelled(shareUri, next, moves, command.actor().username(), now()));
        }
    }

    /** A filtered table share; an item that holds grants keeps its filters until it is revoked. */
    @CommandHandler
    public void handle(UpdateShareItemFilters command) {
        requireLive();
        String action = "updateShareItemFilters";
        parties.requireApprover(command.actor(), command.approverGroups(), APPROVE_SHARE_OBJECT);
        ShareItem item = items.get(command.shareItemUri());
        ShareItemFilters.requireTable(action, item);
        ShareItemFilters.requireNotShared(action, item, "can not assign filters");
        apply(new ShareItemFiltersUpdated(shareUri, item.shareItemUri,
                ShareItemFilters.checked(action, command.filter(), item.filter), now()));
    }

    @CommandHandler
    public void handle(RemoveShareItemFilter command) {
        requireLive();
        String action = "removeShareItemFilter";
        parties.requireApprover(command.actor(), command.approverGroups(), APPROVE_SHARE_OBJECT);
        ShareItem item = items.get(command.shareItemUri());
        if (item.filter == null || !item.filter.attachedDataFilterUri().equals(command.attachedDataFilterUri())) {
            throw new ObjectNotFound("ShareObjectItemDataFilter", command.attachedDataFilterUri());
        }
        ShareItemFilters.requireNotShared(action, item, "can not remove filters, must revoke first...");
        apply(new ShareItemFilterRemoved(shareUri, item.shareItemUri, command.attachedDataFilterUri(), now()));
    }

    @CommandHandler
    public void handle(VerifyShareItems command) {
        requireLive();
        requestHealthCheck(ShareProcessingKind.VERIFY, command.shareItemUris(), command.actor());
    }

    @CommandHandler
    public void handle(ReapplyShareItems command) {
        requireLive();
        parties.requireApprover(command.actor(), command.approverGroups(), APPROVE_SHARE_OBJECT);
        requestHealthCheck(ShareProcessingKind.REAPPLY, command.shareItemUris(), command.actor());
    }

    /** Only shared items have health: the listed ones that are Share_Succeeded, or all of them when none is listed. */
    private void requestHealthCheck(ShareProcessingKind kind, List<String> shareItemUris, Actor actor) {
        List<ShareItem> shared = shareItemUris == null || shareItemUris.isEmpty()
                ? items.in(Set.of(ShareItemStatus.Share_Succeeded))
                : shareItemUris.stream().distinct().map(items::get)
                        .filter(item -> item.status == ShareItemStatus.Share_Succeeded).toList();
        String verb = kind == ShareProcessingKind.VERIFY ? "verified" : "re-applied";
        if (shared.isEmpty()) {
            throw new ShareItemsFound(kind == ShareProcessingKind.VERIFY ? "Verify Items" : "Reapply Items",
                    "Nothing to be " + verb + ": only items in state Share_Succeeded can be " + verb + ".");
        }
        apply(new ShareItemsHealthCheckRequested(shareUri, kind, shared.stream().map(item -> item.shareItemUri)
                .toList(), kind == ShareProcessingKind.VERIFY ? ShareItemHealthStatus.PendingVerify
                : ShareItemHealthStatus.PendingReApply, newProcessingId(), actor.username(), now()));
    }

    /** Reports of runs other than the current one, and repeats, change nothing. */
    @CommandHandler
    public void handle(StartShareProcessing command) {
        boolean waiting = status == ShareObjectStatus.Approved || status == ShareObjectStatus.Revoked;
        if (!waiting || !Objects.equals(command.processingId(), processingId)) {
            return;
        }
        ShareItemStatus approved = status == ShareObjectStatus.Approved
                ? ShareItemStatus.Share_Approved : ShareItemStatus.Revoke_Approved;
        apply(new ShareProcessingStarted(shareUri, processingId, status == ShareObjectStatus.Approved
                ? ShareProcessingKind.GRANT : ShareProcessingKind.REVOKE,
                ShareStateMachine.next(ShareAction.Start, status),
                items.moved(ShareAction.Start, items.in(Set.of(approved))), now()));
    }

    /**
     * An item's outcome in the current run; a repeat changes nothing. After a forced delete the cleanup run's
     * outcomes are still recorded (as Revoke_Succeeded or Revoke_Failed), once per item, so the history shows
     * whether the grants were taken back.
     */
    @CommandHandler
    public void handle(RecordShareItemOutcome command) {
        if (!Objects.equals(command.processingId(), processingId)) {
            return;
        }
        String error = command.succeeded() ? null : command.error();
        if (status == ShareObjectStatus.Deleted) {
            if (pendingCleanUp.contains(command.shareItemUri())) {
                apply(new ShareItemProcessed(shareUri, processingId, command.shareItemUri(), command.succeeded()
                        ? ShareItemStatus.Revoke_Succeeded : ShareItemStatus.Revoke_Failed, error, now()));
            }
            return;
        }
        ShareItem item = items.get(command.shareItemUri());
        ShareItemStatus next = ShareStateMachine.next(command.succeeded() ? ShareAction.Success
                : ShareAction.Failure, item.status);
        if (next != item.status) {
            apply(new ShareItemProcessed(shareUri, processingId, item.shareItemUri, next, error, now()));
        }
    }

    /** Items still waiting for approval after a revocation send the share back to Draft. */
    @CommandHandler
    public void handle(FinishShareProcessing command) {
        boolean running = status == ShareObjectStatus.Share_In_Progress
                || status == ShareObjectStatus.Revoke_In_Progress;
        if (!running || !Objects.equals(command.processingId(), processingId)) {
            return;
        }
        boolean pending = status == ShareObjectStatus.Revoke_In_Progress
                && items.anyIn(Set.of(ShareItemStatus.PendingApproval));
        apply(new ShareProcessingFinished(shareUri, processingId, ShareStateMachine.next(pending
                ? ShareAction.FinishPending : ShareAction.Finish, status), now()));
    }

    /** Only the run the item's health waits for reports it, once. */
    @CommandHandler
    public void handle(RecordShareItemHealth command) {
        if (status == ShareObjectStatus.Deleted) {
            return;
        }
        ShareItem item = items.find(command.shareItemUri()).orElse(null);
        if (item == null || !item.healthPending() || !Objects.equals(command.processingId(),
                item.healthProcessingId)) {
            return;
        }
        List<String> missing = command.missing() == null ? List.of() : command.missing();
        apply(new ShareItemHealthChanged(shareUri, command.processingId(), item.shareItemUri,
                missing.isEmpty() ? ShareItemHealthStatus.Healthy : ShareItemHealthStatus.Unhealthy,
                missing.isEmpty() ? null : String.join("; ", missing),
                command.verified() == null ? now() : command.verified()));
    }

    @EventSourcingHandler
    void on(ShareObjectCreated event) {
        shareUri = event.shareUri();
        dataset = event.dataset();
        parties = new ShareParties(event.shareUri(), event.target().groupUri());
        status = event.status();
        expirationPeriod = event.shareExpirationPeriod();
        nonExpirable = event.nonExpirable();
    }

    @EventSourcingHandler
    void on(ShareItemAdded event) {
        items.add(new ShareItem(event.shareItemUri(), event.item(), event.itemStatus()));
        status = event.status();
    }

    @EventSourcingHandler
    void on(ShareItemRemoved event) {
        items.remove(event.shareItemUri());
    }

    @EventSourcingHandler
    void on(ShareObjectSubmitted event) {
        moved(event.status(), event.itemStatuses());
    }

    @EventSourcingHandler
    void on(ShareObjectApproved event) {
        moved(event.status(), event.itemStatuses());
        expiryDate = event.expiryDate();
        processingId = event.processingId();
    }

    @EventSourcingHandler
    void on(ShareObjectRejected event) {
        moved(event.status(), event.itemStatuses());
    }

    @EventSourcingHandler
    void on(ShareItemsRevoked event) {
        moved(event.status(), event.itemStatuses());
        processingId = event.processingId();
    }

    @EventSourcingHandler
    void on(ShareObjectDeleted event) {
        status = ShareObjectStatus.Deleted;
        processingId = event.processingId();
        pendingCleanUp.addAll(event.itemsToCleanUp());
    }

    @EventSourcingHandler
    void on(ShareExpirationPeriodUpdated event) {
        if (status == ShareObjectStatus.Submitted_For_Extension) {
            requestedPeriod = event.shareExpirationPeriod();
            requestedNonExpirable = event.nonExpirable();
        } else {
            expirationPeriod = event.shareExpirationPeriod();
            nonExpirable = event.nonExpirable();
        }
        expiryDate = event.expiryDate();
    }

    @EventSourcingHandler
    void on(ShareExtensionSubmitted event) {
        moved(event.status(), event.itemStatuses());
        requestedPeriod = event.shareExpirationPeriod();
        requestedNonExpirable = event.nonExpirable();
    }

    @EventSourcingHandler
    void on(ShareExtensionApproved event) {
        moved(event.status(), event.itemStatuses());
        expirationPeriod = requestedPeriod;
        nonExpirable = event.nonExpirable();
        expiryDate = event.expiryDate();
    }

    @EventSourcingHandler
    void on(ShareExtensionCancelled event) {
        moved(event.status(), event.itemStatuses());
    }

    @EventSourcingHandler
    void on(ShareItemFiltersUpdated event) {
        items.get(event.shareItemUri()).filter = event.filter();
    }

    @EventSourcingHandler
    void on(ShareItemFilterRemoved event) {
        items.get(event.shareItemUri()).filter = null;
    }

    @EventSourcingHandler
    void on(ShareItemsHealthCheckRequested event) {
        for (String uri : event.shareItemUris()) {
            ShareItem item = items.get(uri);
            item.health = event.healthStatus();
            item.healthProcessingId = event.processingId();
        }
    }

    @EventSourcingHandler
    void on(ShareItemHealthChanged event) {
        items.get(event.shareItemUri()).health = event.healthStatus();
    }

    @EventSourcingHandler
    void on(ShareProcessingStarted event) {
        moved(event.status(), event.itemStatuses());
    }

    @EventSourcingHandler
    void on(ShareItemProcessed event) {
        if (status == ShareObjectStatus.Deleted) {
            pendingCleanUp.remove(event.shareItemUri());
        } else {
            items.move(Map.of(event.shareItemUri(), event.itemStatus()));
        }
    }

    @EventSourcingHandler
    void on(ShareProcessingFinished event) {
        status = event.status();
    }

    private void moved(ShareObjectStatus newStatus, Map<String, ShareItemStatus> itemStatuses) {
        status = newStatus;
        items.move(itemStatuses);
    }

    private void requireLive() {
        if (status == ShareObjectStatus.Deleted) {
            throw new ObjectNotFound("ShareObject", shareUri);
        }
    }

    private static SharedItem itemOf(String action, SharedItem item) {
        if (item == null) {
            throw new RequiredParameter(action, "itemUri");
        }
        if (item.itemType() == null) {
            throw new RequiredParameter(action, "itemType");
        }
        present(action, "itemUri", item.itemUri());
        present(action, "itemName", item.itemName());
        return item;
    }

    private static String newProcessingId() {
        return UUID.randomUUID().toString();
    }

    /** The event clock, which Axon's test fixtures pin, so expiry dates are exact in tests. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
