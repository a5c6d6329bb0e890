package io.grantline.api.vote;

import java.time.Instant;

/** Facts about votes on catalog items (datasets, dashboards, ...). */
public final class VoteEvents {

    private VoteEvents() {
    }

    /**
     * A user voted on a target, or changed their vote. previousUpvote is what the vote was before (null for a first
     * vote), so a reader can keep a target's up-vote count from this event alone.
     */
    public record VoteCast(String voteUri, String targetUri, String targetType, String username, boolean upvote,
                           Boolean previousUpvote, Instant created, Instant cast) {
    }
}
