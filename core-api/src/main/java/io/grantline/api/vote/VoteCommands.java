package io.grantline.api.vote;

import io.grantline.api.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of votes. */
public final class VoteCommands {

    private VoteCommands() {
    }

    /** voteUri is {@link VoteUris#of}(targetType, targetUri, the actor's username). */
    public record CastVote(@TargetAggregateIdentifier String voteUri, String targetUri, String targetType,
                           boolean upvote, Actor actor) {
    }
}
