package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.NOW;

import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/**
 * A ShareObject fixture wired with the external command handler, its clock pinned at {@link ShareSamples#NOW}. The
 * processing ids the aggregate draws are not compared; tests that care about them capture the events.
 */
final class ShareFixture {

    final InMemoryShareRequestLinks links = new InMemoryShareRequestLinks();
    final AggregateTestFixture<ShareObject> fixture = new AggregateTestFixture<>(ShareObject.class);

    ShareFixture() {
        fixture.registerAnnotatedCommandHandler(new ShareObjectCommandHandler(fixture.getRepository(), links));
        fixture.registerIgnoredField(ShareObjectApproved.class, "processingId");
        fixture.registerIgnoredField(ShareItemsRevoked.class, "processingId");
        fixture.registerIgnoredField(ShareObjectDeleted.class, "processingId");
        fixture.registerIgnoredField(ShareItemsHealthCheckRequested.class, "processingId");
    }

    TestExecutor<ShareObject> given(List<Object> history) {
        return fixture.givenCurrentTime(NOW).andGiven(history);
    }

    TestExecutor<ShareObject> givenNothing() {
        return fixture.givenCurrentTime(NOW);
    }

    /** Matches any events, keeping their payloads in sink for assertions the fixture's equality cannot make. */
    static Matcher<List<EventMessage<?>>> capturedInto(List<Object> sink) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                ((List<?>) actual).forEach(message -> sink.add(((EventMessage<?>) message).getPayload()));
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        };
    }
}
