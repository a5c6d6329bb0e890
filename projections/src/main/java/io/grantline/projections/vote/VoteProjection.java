package io.grantline.projections.vote;

import static io.grantline.projections.jooq.Tables.VOTE;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.vote.VoteEvents.VoteCast;
import io.grantline.api.vote.VoteQueries.CountUpVotes;
import io.grantline.api.vote.VoteQueries.CountUpVotesOf;
import io.grantline.api.vote.VoteQueries.FindVote;
import io.grantline.api.vote.VoteQueries.UpVoteCounts;
import io.grantline.api.vote.VoteQueries.VoteView;
import io.grantline.api.vote.VoteTargetTypes;
import io.grantline.projections.jooq.tables.records.VoteRecord;
import io.grantline.projections.support.ReadModel;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Every user's vote on each target, and the up-vote counts. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class VoteProjection {

    private final DSLContext db;

    public VoteProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(VoteCast event) {
        db.insertInto(VOTE)
                .set(VOTE.VOTE_URI, event.voteUri())
                .set(VOTE.TARGET_URI, event.targetUri())
                .set(VOTE.TARGET_TYPE, event.targetType())
                .set(VOTE.USERNAME, event.username())
                .set(VOTE.UPVOTE, event.upvote())
                .set(VOTE.CREATED, utc(event.created()))
                .set(VOTE.UPDATED, utc(event.cast()))
                .onConflict(VOTE.VOTE_URI)
                .doUpdate()
                .set(VOTE.UPVOTE, event.upvote())
                .set(VOTE.UPDATED, utc(event.cast()))
                .execute();
    }

    /** data.all deletes a dataset's votes with it. */
    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(VOTE).where(VOTE.TARGET_URI.eq(event.datasetUri())
                .and(VOTE.TARGET_TYPE.eq(VoteTargetTypes.DATASET))).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(VOTE).execute();
    }

    @QueryHandler
    VoteView find(FindVote query) {
        VoteRecord vote = db.selectFrom(VOTE).where(VOTE.VOTE_URI.eq(query.voteUri())).fetchOne();
        return vote == null ? null : new VoteView(vote.getVoteUri(), vote.getTargetUri(), vote.getTargetType(),
                vote.getUsername(), vote.getUpvote(), text(vote.getCreated()));
    }

    @QueryHandler
    Integer count(CountUpVotes query) {
        return db.fetchCount(VOTE, VOTE.TARGET_URI.eq(query.targetUri()).and(VOTE.TARGET_TYPE.eq(query.targetType()))
                .and(VOTE.UPVOTE.isTrue()));
    }

    @QueryHandler
    UpVoteCounts counts(CountUpVotesOf query) {
        Map<String, Integer> counts = new HashMap<>();
        query.targetUris().forEach(uri -> counts.put(uri, 0));
        db.select(VOTE.TARGET_URI, DSL.count()).from(VOTE)
                .where(VOTE.TARGET_URI.in(query.targetUris()).and(VOTE.TARGET_TYPE.eq(query.targetType()))
                        .and(VOTE.UPVOTE.isTrue()))
                .groupBy(VOTE.TARGET_URI)
                .fetch()
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return new UpVoteCounts(counts);
    }
}
