package io.grantline.projections.feed;

import static io.grantline.projections.jooq.Tables.FEED_MESSAGE;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.feed.FeedEvents.FeedMessagePosted;
import io.grantline.api.feed.FeedQueries.FeedMessageView;
import io.grantline.api.feed.FeedQueries.FindFeedMessage;
import io.grantline.api.feed.FeedQueries.ListFeedMessages;
import io.grantline.projections.jooq.tables.records.FeedMessageRecord;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The feed messages of datasets, tables and folders, and the queries they answer. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class FeedProjection {

    private final DSLContext db;

    public FeedProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(FeedMessagePosted event) {
        db.insertInto(FEED_MESSAGE)
                .set(FEED_MESSAGE.FEED_MESSAGE_URI, event.feedMessageUri())
                .set(FEED_MESSAGE.TARGET_URI, event.targetUri())
                .set(FEED_MESSAGE.TARGET_TYPE, event.targetType())
                .set(FEED_MESSAGE.CREATOR, event.creator())
                .set(FEED_MESSAGE.CONTENT, event.content())
                .set(FEED_MESSAGE.CREATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(FEED_MESSAGE).execute();
    }

    @QueryHandler
    FeedMessageView find(FindFeedMessage query) {
        FeedMessageRecord message = db.selectFrom(FEED_MESSAGE)
                .where(FEED_MESSAGE.FEED_MESSAGE_URI.eq(query.feedMessageUri())).fetchOne();
        return message == null ? null : view(message);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    Page list(ListFeedMessages query) {
        Condition where = FEED_MESSAGE.TARGET_URI.eq(query.targetUri())
                .and(FEED_MESSAGE.TARGET_TYPE.eq(query.targetType()));
        if (query.term() != null && !query.term().isBlank()) {
            where = where.and(FEED_MESSAGE.CONTENT.containsIgnoreCase(query.term())
                    .or(FEED_MESSAGE.CREATOR.containsIgnoreCase(query.term())));
        }
        int total = db.fetchCount(FEED_MESSAGE, where);
        return new Page<>(db.selectFrom(FEED_MESSAGE).where(where)
                .orderBy(FEED_MESSAGE.CREATED.desc(), FEED_MESSAGE.FEED_MESSAGE_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(FeedProjection::view), total, query.page(), query.pageSize());
    }

    private static FeedMessageView view(FeedMessageRecord message) {
        return new FeedMessageView(message.getFeedMessageUri(), message.getTargetUri(), message.getTargetType(),
                message.getCreator(), message.getContent(), text(message.getCreated()));
    }
}
