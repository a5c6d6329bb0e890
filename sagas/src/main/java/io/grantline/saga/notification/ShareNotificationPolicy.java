package io.grantline.saga.notification;

import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_APPROVED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_EXTENDED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_EXTENSION_REJECTED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_EXTENSION_SUBMITTED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_FAILED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_REJECTED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_SUBMITTED;
import static io.grantline.api.notification.NotificationTypes.SHARE_OBJECT_SUCCEEDED;

import io.grantline.api.Actor;
import io.grantline.api.notification.NotificationCommands.CreateNotification;
import io.grantline.api.notification.NotificationUris;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareObjectStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * data.all's share notifications: the approvers hear of a submitted request, the requesting team of what became of
 * it. Each notification's uri is derived from the event and the recipient, so an event delivered again notifies no
 * one twice. Notifying is a side effect: a replay must not repeat it.
 */
@ProcessingGroup(ShareNotificationPolicy.PROCESSING_GROUP)
@DisallowReplay
public class ShareNotificationPolicy {

    public static final String PROCESSING_GROUP = "notifications";

    private static final Logger LOG = LoggerFactory.getLogger(ShareNotificationPolicy.class);

    private final NotifiedShares shares;
    private final CommandGateway commands;

    public ShareNotificationPolicy(NotifiedShares shares, CommandGateway commands) {
        this.shares = shares;
        this.commands = commands;
    }

    @EventHandler
    void on(ShareObjectSubmitted event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> notify(eventId, share.approverGroups(), SHARE_OBJECT_SUBMITTED,
                "User " + event.submittedBy() + " SUBMITTED share request for dataset " + share.datasetName()
                        + " for principal " + share.principalId(), share));
    }

    @EventHandler
    void on(ShareExtensionSubmitted event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> notify(eventId, share.approverGroups(),
                SHARE_OBJECT_EXTENSION_SUBMITTED, "User " + event.submittedBy()
                        + " SUBMITTED share extension request for dataset " + share.datasetName() + " for principal "
                        + share.principalId(), share));
    }

    @EventHandler
    void on(ShareObjectApproved event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> notifyRequesters(eventId, SHARE_OBJECT_APPROVED,
                "User " + event.approvedBy() + " APPROVED share request for dataset " + share.datasetName()
                        + " for principal " + share.principalId(), share));
    }

    @EventHandler
    void on(ShareExtensionApproved event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> notifyRequesters(eventId, SHARE_OBJECT_EXTENDED,
                "User " + event.approvedBy() + " APPROVED share extension request for dataset "
                        + share.datasetName() + " for principal " + share.principalId(), share));
    }

    @EventHandler
    void on(ShareObjectRejected event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> {
            if (event.status() == ShareObjectStatus.Extension_Rejected) {
                notifyRequesters(eventId, SHARE_OBJECT_EXTENSION_REJECTED, "User " + event.rejectedBy()
                        + " REJECTED share extension request for dataset " + share.datasetName() + " on principal "
                        + share.principalId(), share);
            } else {
                notifyRequesters(eventId, SHARE_OBJECT_REJECTED, "User " + event.rejectedBy()
                        + " REJECTED share request for dataset " + share.datasetName() + " for principal "
                        + share.principalId(), share);
            }
        });
    }

    @EventHandler
    void on(ShareItemsRevoked event, @MessageIdentifier String eventId) {
        share(event.shareUri()).ifPresent(share -> notifyRequesters(eventId, SHARE_OBJECT_REJECTED,
                event.expired()
                        ? "Share request for dataset " + share.datasetName() + " for principal "
                                + share.principalId() + " EXPIRED and is being REVOKED"
                        : "User " + event.revokedBy() + " REVOKED share request for dataset " + share.datasetName()
                                + " for principal " + share.principalId(), share));
    }

    @EventHandler
    void on(ShareProcessingFinished event, @MessageIdentifier String eventId) {
        ShareOutcome outcome = shares.outcome(event.shareUri(), event.processingId());
        if (!outcome.anyProcessed()) {
            return;
        }
        share(event.shareUri()).ifPresent(share -> {
            String action = outcome.revoke() ? "revoked" : "shared";
            String request = (outcome.revoke() ? "Revoke request" : "Share request") + " for dataset "
                    + share.datasetName() + " for principal " + share.principalId();
            if (outcome.succeeded()) {
                notifyRequesters(eventId, SHARE_OBJECT_SUCCEEDED, request + " SUCCEEDED: " + outcome.items()
                        + " item(s) " + action, share);
            } else {
                notifyRequesters(eventId, SHARE_OBJECT_FAILED, request + " FAILED: " + outcome.failed() + " of "
                        + outcome.items() + " item(s) could not be " + action, share);
            }
        });
    }

    private Optional<NotifiedShare> share(String shareUri) {
        Optional<NotifiedShare> share = shares.load(shareUri);
        if (share.isEmpty()) {
            LOG.warn("No share {} in the event store: nobody is notified of its event", shareUri);
        }
        return share;
    }

    private void notifyRequesters(String eventId, String type, String message, NotifiedShare share) {
        notify(eventId, List.of(share.requesterGroup()), type, message, share);
    }

    private void notify(String eventId, List<String> recipients, String type, String message, NotifiedShare share) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            commands.sendAndWait(new CreateNotification(NotificationUris.of(eventId, recipient), recipient, type,
                    message, share.targetUri(), Actor.system()));
        }
    }
}
