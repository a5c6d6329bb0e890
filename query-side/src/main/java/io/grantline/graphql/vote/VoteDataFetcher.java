package io.grantline.graphql.vote;

import static io.grantline.graphql.support.Inputs.required;
import static io.grantline.graphql.support.Inputs.string;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.vote.VoteCommands.CastVote;
import io.grantline.api.vote.VoteQueries.CountUpVotes;
import io.grantline.api.vote.VoteQueries.FindVote;
import io.grantline.api.vote.VoteQueries.VoteView;
import io.grantline.api.vote.VoteUris;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import java.util.Map;

/**
 * data.all's votes: a team that may read a target votes on it (the permission per vote type, as data.all registers
 * them); counts and one's own vote are public.
 */
@DgsComponent
public class VoteDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public VoteDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsMutation
    public VoteView upVote(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String targetUri = required("upVote", "targetUri", string(input, "targetUri"));
        String targetType = string(input, "targetType");
        authorizer.requireResource(actor, targetUri, VoteTargets.votePermission("upVote", targetType));
        String voteUri = VoteUris.of(targetType, targetUri, actor.username());
        commands.send(new CastVote(voteUri, targetUri, targetType, Boolean.TRUE.equals(input.get("upvote")), actor),
                voteUri, actor);
        return queries.ask(new FindVote(voteUri), VoteView.class);
    }

    @DgsQuery
    public Integer countUpVotes(@InputArgument String targetUri, @InputArgument String targetType) {
        required("countUpVotes", "targetUri", targetUri);
        VoteTargets.requireKnown("countUpVotes", targetType);
        return queries.ask(new CountUpVotes(targetUri, targetType), Integer.class);
    }

    /** The caller's own vote on the target, or null when they have not voted. */
    @DgsQuery
    public VoteView getVote(@InputArgument String targetUri, @InputArgument String targetType) {
        required("getVote", "targetUri", targetUri);
        VoteTargets.requireKnown("getVote", targetType);
        return queries.ask(new FindVote(VoteUris.of(targetType, targetUri, currentActor.get().username())),
                VoteView.class);
    }
}
