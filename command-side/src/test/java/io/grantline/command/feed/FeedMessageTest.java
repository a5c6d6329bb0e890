package io.grantline.command.feed;

import static org.hamcrest.Matchers.containsString;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.feed.FeedCommands.PostFeedMessage;
import io.grantline.api.feed.FeedEvents.FeedMessagePosted;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedMessageTest {

    static final Actor ADA = new Actor("ada", List.of("Sales"));

    AggregateTestFixture<FeedMessage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeedMessage.class);
        fixture.registerIgnoredField(FeedMessagePosted.class, "created");
    }

    @Test
    void aPostedMessageNamesItsTargetAndCreator() {
        fixture.givenNoPriorActivity()
                .when(new PostFeedMessage("msg1", "ds1", "Dataset", "New partition landed", ADA))
                .expectEvents(new FeedMessagePosted("msg1", "ds1", "Dataset", "ada", "New partition landed",
                        Instant.now()));
    }

    @Test
    void anEmptyMessageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostFeedMessage("msg1", "ds1", "Dataset", " ", ADA))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("content"));
    }

    @Test
    void anOverlongMessageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostFeedMessage("msg1", "ds1", "Dataset", "x".repeat(10_001), ADA))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("content"));
    }
}
