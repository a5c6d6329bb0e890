package io.grantline.command.feed;

import static io.grantline.command.validation.Require.maxLength;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.feed.FeedCommands.PostFeedMessage;
import io.grantline.api.feed.FeedEvents.FeedMessagePosted;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One message in a dataset's, table's or folder's feed. A message per aggregate, not a feed per target: messages
 * never change once posted, and a busy feed then never serializes its posters on one aggregate.
 */
@Aggregate
public class FeedMessage {

    static final int MAX_CONTENT = 10_000;

    @AggregateIdentifier
    private String feedMessageUri;

    protected FeedMessage() {
    }

    @CommandHandler
    public FeedMessage(PostFeedMessage command) {
        String content = maxLength("postFeedMessage", "content",
                present("postFeedMessage", "content", command.content()), MAX_CONTENT);
        apply(new FeedMessagePosted(command.feedMessageUri(), command.targetUri(), command.targetType(),
                command.actor().username(), content, Instant.now()));
    }

    @EventSourcingHandler
    void on(FeedMessagePosted event) {
        feedMessageUri = event.feedMessageUri();
    }
}
