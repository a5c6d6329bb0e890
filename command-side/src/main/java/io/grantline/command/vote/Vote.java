package io.grantline.command.vote;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.vote.VoteCommands.CastVote;
import io.grantline.api.vote.VoteEvents.VoteCast;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A user's vote on a catalog item: up or not; voting again changes it, voting the same records nothing. */
@Aggregate
public class Vote {

    @AggregateIdentifier
    private String voteUri;
    private Boolean upvote;
    private Instant created;

    protected Vote() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CastVote command) {
        if (upvote != null && upvote == command.upvote()) {
            return;
        }
        Instant now = Instant.now();
        apply(new VoteCast(command.voteUri(), command.targetUri(), command.targetType(), command.actor().username(),
                command.upvote(), upvote, created == null ? now : created, now));
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        voteUri = event.voteUri();
        upvote = event.upvote();
        created = event.created();
    }
}
