package io.grantline.api.vote;

import java.util.List;
import java.util.Map;

/** Queries of the vote read model. */
public final class VoteQueries {

    private VoteQueries() {
    }

    public record VoteView(String voteUri, String targetUri, String targetType, String username, boolean upvote,
                           String created) {
    }

    public record FindVote(String voteUri) {
    }

    /** Answers the number of up-votes (an Integer). */
    public record CountUpVotes(String targetUri, String targetType) {
    }

    /** The up-votes of many targets of one type, for listings. */
    public record CountUpVotesOf(List<String> targetUris, String targetType) {
    }

    public record UpVoteCounts(Map<String, Integer> byTarget) {
    }
}
