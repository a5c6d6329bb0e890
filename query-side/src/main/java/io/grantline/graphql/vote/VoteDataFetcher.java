package io.grantline.graphql.vote;

import static io.grantline.graphql.support.Inputs.required;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.permission.DatasetPermissions;
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
 * data.all's votes: a team that may read a dataset up-votes it (the permission per vote type, as data.all
 * registers them); counts and one's own vote are public.
 */
@DgsComponent
public class VoteDataFetcher {

    /** data.all's vote types for the targets Grantline has, and the permission each needs. */
    static final Map<String, String> VOTE_TYPES = Map.of("dataset", DatasetPermissions.GET_DATASET);

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
        String targetUri = required("upVote", "targetUri", (String) input.get("targetUri"));
        String targetType = (String) input.get("targetType");
        String permission = VOTE_TYPES.get(targetType);
        if (permission == null) {
            throw new InvalidInput("upVote", "targetType", "unknown vote target type " + targetType
                    + "; one of " + String.join(", ", VOTE_TYPES.keySet()));
        }
        authorizer.requireResource(actor, targetUri, permission);
        String voteUri = VoteUris.of(targetType, targetUri, actor.username());
        commands.send(new CastVote(voteUri, targetUri, targetType, Boolean.TRUE.equals(input.get("upvote")), actor),
                voteUri, actor);
        return queries.ask(new FindVote(voteUri), VoteView.class);
    }

    @DgsQuery
    public Integer countUpVotes(@InputArgument String targetUri, @InputArgument String targetType) {
        return queries.ask(new CountUpVotes(targetUri, targetType), Integer.class);
    }

    @DgsQuery
    public VoteView getVote(@InputArgument String targetUri, @InputArgument String targetType) {
        String voteUri = VoteUris.of(targetType, targetUri, currentActor.get().username());
        return queries.ask(new FindVote(voteUri), VoteView.class);
    }
}
