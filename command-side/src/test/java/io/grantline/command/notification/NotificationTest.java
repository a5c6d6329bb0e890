package io.grantline.command.notification;

import static org.hamcrest.Matchers.containsString;

import io.grantline.api.Actor;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.notification.NotificationCommands.CreateNotification;
import io.grantline.api.notification.NotificationCommands.MarkNotificationRead;
import io.grantline.api.notification.NotificationEvents.NotificationCreated;
import io.grantline.api.notification.NotificationEvents.NotificationRead;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationTest {

    static final String URI = "ntf1test0000abcd";
    static final String TEAM = "Consumers";
    static final String MESSAGE = "User bob APPROVED share request for dataset sales for principal Consumers";
    static final String TARGET = "shr1|ds1";
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    static final Actor SYSTEM = Actor.system();
    static final Actor CAROL = new Actor("carol", List.of(TEAM));

    AggregateTestFixture<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
        fixture.registerIgnoredField(NotificationCreated.class, "created");
        fixture.registerIgnoredField(NotificationRead.class, "read");
    }

    static CreateNotification create(String recipient) {
        return new CreateNotification(URI, recipient, "SHARE_OBJECT_APPROVED", MESSAGE, TARGET, SYSTEM);
    }

    static NotificationCreated created(String recipient) {
        return new NotificationCreated(URI, recipient, "SHARE_OBJECT_APPROVED", MESSAGE, TARGET, AT);
    }

    @Test
    void createNotificationRecordsItUnreadForTheRecipient() {
        fixture.givenNoPriorActivity()
                .when(create(TEAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(TEAM));
    }

    @Test
    void creatingANotificationThatExistsChangesNothing() {
        fixture.given(created(TEAM))
                .when(create(TEAM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void notificationWithoutMessageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateNotification(URI, TEAM, "SHARE_OBJECT_APPROVED", " ", TARGET, SYSTEM))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void notificationWithoutRecipientIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateNotification(URI, null, "SHARE_OBJECT_APPROVED", MESSAGE, TARGET, SYSTEM))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void memberOfTheRecipientTeamMarksItRead() {
        fixture.given(created(TEAM))
                .when(new MarkNotificationRead(URI, CAROL))
                .expectEvents(new NotificationRead(URI, "carol", AT));
    }

    @Test
    void recipientUserMarksItRead() {
        fixture.given(created("dave"))
                .when(new MarkNotificationRead(URI, new Actor("dave", List.of("Others"))))
                .expectEvents(new NotificationRead(URI, "dave", AT));
    }

    @Test
    void someoneElseCannotMarkItRead() {
        fixture.given(created(TEAM))
                .when(new MarkNotificationRead(URI, new Actor("mallory", List.of("Outsiders"))))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "User mallory is not the recipient user/group of the notification " + URI))
                .expectNoEvents();
    }

    @Test
    void markingAReadNotificationReadAgainChangesNothing() {
        fixture.given(created(TEAM), new NotificationRead(URI, "carol", AT))
                .when(new MarkNotificationRead(URI, CAROL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
