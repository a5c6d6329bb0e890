package io.grantline.command.notification;

import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.notification.NotificationCommands.CreateNotification;
import io.grantline.api.notification.NotificationCommands.MarkNotificationRead;
import io.grantline.api.notification.NotificationEvents.NotificationCreated;
import io.grantline.api.notification.NotificationEvents.NotificationRead;
import io.grantline.api.notification.NotificationRecipients;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A message to a user or a team about something that happened to one of their resources, read or not yet. */
@Aggregate
public class Notification {

    @AggregateIdentifier
    private String notificationUri;
    private String recipient;
    private boolean read;

    protected Notification() {
    }

    /**
     * Creation is idempotent: the uri is derived from the cause, so a cause delivered again reaches the notification
     * it created the first time (CREATE_IF_MISSING loads it) and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateNotification command) {
        if (notificationUri != null) {
            return;
        }
        String uri = present("createNotification", "notificationUri", command.notificationUri());
        String to = present("createNotification", "recipient", command.recipient());
        String type = present("createNotification", "type", command.type());
        String message = present("createNotification", "message", command.message());
        apply(new NotificationCreated(uri, to, type, message, command.targetUri(), Instant.now()));
    }

    @CommandHandler
    public void handle(MarkNotificationRead command) {
        if (!NotificationRecipients.isRecipient(command.actor(), recipient)) {
            throw NotificationRecipients.notRecipient(command.actor(), notificationUri);
        }
        if (read) {
            return;
        }
        apply(new NotificationRead(notificationUri, command.actor().username(), Instant.now()));
    }

    @EventSourcingHandler
    void on(NotificationCreated event) {
        notificationUri = event.notificationUri();
        recipient = event.recipient();
    }

    @EventSourcingHandler
    void on(NotificationRead event) {
        read = true;
    }
}
