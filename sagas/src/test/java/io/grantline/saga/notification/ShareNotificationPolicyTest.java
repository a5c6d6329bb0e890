package io.grantline.saga.notification;

import static io.grantline.saga.notification.SampleShare.AT;
import static io.grantline.saga.notification.SampleShare.OWNERS;
import static io.grantline.saga.notification.SampleShare.REQUESTERS;
import static io.grantline.saga.notification.SampleShare.SHARE;
import static io.grantline.saga.notification.SampleShare.STEWARDS;
import static io.grantline.saga.notification.SampleShare.TARGET_URI;
import static io.grantline.saga.notification.SampleShare.created;
import static io.grantline.saga.notification.SampleShare.processed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy handles the share's events as the notifications processor delivers them; its commands are recorded. */
class ShareNotificationPolicyTest {

    static final Map<String, ShareItemStatus> NO_ITEMS = Map.of();

    final SampleShare share = new SampleShare();
    final List<CreateNotification> sent = new ArrayList<>();
    AnnotationEventHandlerAdapter policy;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(CreateNotification.class.getName(), command -> {
            sent.add((CreateNotification) command.getPayload());
            return null;
        });
        policy = new AnnotationEventHandlerAdapter(new ShareNotificationPolicy(new NotifiedShares(share.store()),
                DefaultCommandGateway.builder().commandBus(bus).build()));
    }

    @AfterEach
    void tearDown() {
        share.close();
    }

    @Test
    void submittedShareNotifiesTheDatasetsOwnerTeamAndStewards() throws Exception {
        share.record(created(STEWARDS));

        EventMessage<?> submitted = deliver(submitted());

        assertThat(sent).containsExactly(
                notification(submitted, OWNERS, "SHARE_OBJECT_SUBMITTED",
                        "User carol SUBMITTED share request for dataset sales for principal Consumers"),
                notification(submitted, STEWARDS, "SHARE_OBJECT_SUBMITTED",
                        "User carol SUBMITTED share request for dataset sales for principal Consumers"));
    }

    @Test
    void stewardsWhoAreTheOwnerTeamAreNotifiedOnce() throws Exception {
        share.record(created(OWNERS));

        deliver(submitted());

        assertThat(sent).extracting(CreateNotification::recipient).containsExactly(OWNERS);
    }

    @Test
    void approvedShareNotifiesTheRequestingTeam() throws Exception {
        share.record(created(STEWARDS));

        EventMessage<?> approved = deliver(new ShareObjectApproved(SHARE, ShareObjectStatus.Approved, NO_ITEMS, null,
                "run1", "bob", AT));

        assertThat(sent).containsExactly(notification(approved, REQUESTERS, "SHARE_OBJECT_APPROVED",
                "User bob APPROVED share request for dataset sales for principal Consumers"));
    }

    @Test
    void rejectedShareNotifiesTheRequestingTeam() throws Exception {
        share.record(created(STEWARDS));

        EventMessage<?> rejected = deliver(new ShareObjectRejected(SHARE, ShareObjectStatus.Rejected, NO_ITEMS,
                "Not now", "bob", AT));

        assertThat(sent).containsExactly(notification(rejected, REQUESTERS, "SHARE_OBJECT_REJECTED",
                "User bob REJECTED share request for dataset sales for principal Consumers"));
    }

    @Test
    void revokedShareIsFiledAsRejectedSayingRevokedAsDataallDoes() throws Exception {
        share.record(created(STEWARDS));

        EventMessage<?> revoked = deliver(new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, NO_ITEMS, "run2",
                false, "carol", AT));

        assertThat(sent).containsExactly(notification(revoked, REQUESTERS, "SHARE_OBJECT_REJECTED",
                "User carol REVOKED share request for dataset sales for principal Consumers"));
    }

    @Test
    void expiredShareTellsTheRequestingTeamItIsRevokedBecauseItExpired() throws Exception {
        share.record(created(STEWARDS));

        deliver(new ShareItemsRevoked(SHARE, ShareObjectStatus.Revoked, NO_ITEMS, "run2", true, "grantline", AT));

        assertThat(sent).extracting(CreateNotification::message).containsExactly(
                "Share request for dataset sales for principal Consumers EXPIRED and is being REVOKED");
    }

    @Test
    void grantRunWhoseItemsAllSucceededNotifiesTheRequestingTeamOfSuccess() throws Exception {
        share.record(created(STEWARDS));
        share.record(processed("run1", "item1", ShareItemStatus.Share_Succeeded));
        share.record(processed("run1", "item2", ShareItemStatus.Share_Succeeded));

        EventMessage<?> finished = deliver(finished("run1"));

        assertThat(sent).containsExactly(notification(finished, REQUESTERS, "SHARE_OBJECT_SUCCEEDED",
                "Share request for dataset sales for principal Consumers SUCCEEDED: 2 item(s) shared"));
    }

    @Test
    void grantRunWithAFailedItemNotifiesTheRequestingTeamOfFailure() throws Exception {
        share.record(created(STEWARDS));
        share.record(processed("run1", "item1", ShareItemStatus.Share_Succeeded));
        share.record(processed("run1", "item2", ShareItemStatus.Share_Failed));

        EventMessage<?> finished = deliver(finished("run1"));

        assertThat(sent).containsExactly(notification(finished, REQUESTERS, "SHARE_OBJECT_FAILED",
                "Share request for dataset sales for principal Consumers FAILED: 1 of 2 item(s) could not be shared"));
    }

    @Test
    void outcomeCountsOnlyTheItemsOfTheRunThatFinished() throws Exception {
        share.record(created(STEWARDS));
        share.record(processed("run1", "item1", ShareItemStatus.Share_Failed));
        share.record(processed("run2", "item1", ShareItemStatus.Revoke_Succeeded));

        deliver(finished("run2"));

        assertThat(sent).extracting(CreateNotification::type, CreateNotification::message).containsExactly(
                tuple("SHARE_OBJECT_SUCCEEDED",
                        "Revoke request for dataset sales for principal Consumers SUCCEEDED: 1 item(s) revoked"));
    }

    @Test
    void runThatProcessedNoItemNotifiesNoOne() throws Exception {
        share.record(created(STEWARDS));

        deliver(finished("verify1"));

        assertThat(sent).isEmpty();
    }

    @Test
    void extensionRequestNotifiesTheApproversAndItsOutcomeTheRequestingTeam() throws Exception {
        share.record(created(STEWARDS));

        deliver(new ShareExtensionSubmitted(SHARE, ShareObjectStatus.Submitted_For_Extension, NO_ITEMS, 3, false,
                "Longer", AT, "carol", AT));
        deliver(new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed, NO_ITEMS, AT, false, "bob", AT));
        deliver(new ShareObjectRejected(SHARE, ShareObjectStatus.Extension_Rejected, NO_ITEMS, "No", "bob", AT));

        assertThat(sent).extracting(CreateNotification::recipient, CreateNotification::type,
                CreateNotification::message).containsExactly(
                tuple(OWNERS, "SHARE_OBJECT_EXTENSION_SUBMITTED",
                        "User carol SUBMITTED share extension request for dataset sales for principal Consumers"),
                tuple(STEWARDS, "SHARE_OBJECT_EXTENSION_SUBMITTED",
                        "User carol SUBMITTED share extension request for dataset sales for principal Consumers"),
                tuple(REQUESTERS, "SHARE_OBJECT_EXTENDED",
                        "User bob APPROVED share extension request for dataset sales for principal Consumers"),
                tuple(REQUESTERS, "SHARE_OBJECT_EXTENSION_REJECTED",
                        "User bob REJECTED share extension request for dataset sales on principal Consumers"));
    }

    @Test
    void eventDeliveredAgainNamesTheSameNotifications() throws Exception {
        share.record(created(STEWARDS));
        EventMessage<?> submitted = deliver(submitted());

        policy.handle(submitted);

        assertThat(sent).hasSize(4);
        assertThat(sent.subList(2, 4)).isEqualTo(sent.subList(0, 2));
        assertThat(sent.get(0).notificationUri()).isNotEqualTo(sent.get(1).notificationUri());
    }

    @Test
    void eventOfAShareTheEventStoreDoesNotKnowNotifiesNoOne() throws Exception {
        policy.handle(new GenericDomainEventMessage<>("ShareObject", "unknown", 0, submitted()));

        assertThat(sent).isEmpty();
    }

    private static ShareObjectSubmitted submitted() {
        return new ShareObjectSubmitted(SHARE, ShareObjectStatus.Submitted, NO_ITEMS, "carol", AT);
    }

    private static ShareProcessingFinished finished(String processingId) {
        return new ShareProcessingFinished(SHARE, processingId, ShareObjectStatus.Processed, AT);
    }

    /** Records the event in the share's history and delivers it to the policy, as the processor would. */
    private EventMessage<?> deliver(Object event) throws Exception {
        EventMessage<?> message = share.record(event);
        policy.handle(message);
        return message;
    }

    private static CreateNotification notification(EventMessage<?> cause, String recipient, String type,
                                                   String message) {
        return new CreateNotification(NotificationUris.of(cause.getIdentifier(), recipient), recipient, type, message,
                TARGET_URI, Actor.system());
    }
}
