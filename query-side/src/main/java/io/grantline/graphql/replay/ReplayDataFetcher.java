package io.grantline.graphql.replay;

import static io.grantline.graphql.support.Inputs.required;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.replay.Projections;
import io.grantline.api.replay.ReplayCommands.ProjectionReset;
import io.grantline.api.replay.ReplayCommands.ResetProjection;
import io.grantline.api.replay.ReplayQueries.ListProjections;
import io.grantline.api.replay.ReplayQueries.ProjectionStatus;
import io.grantline.api.replay.ReplayQueries.ProjectionStatuses;
import io.grantline.api.replay.ReplayQueries.ProjectionVerification;
import io.grantline.api.replay.ReplayQueries.VerifyProjection;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Rebuilding and verifying projections: the tenant's administrators only. */
@DgsComponent
public class ReplayDataFetcher {

    /** Differences listed by verifyProjection; the count covers them all. */
    static final int MAX_DIFFERENCES = 100;

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public ReplayDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public ProjectionVerification verifyProjection(@InputArgument String name) {
        authorizer.requireTenantAdmin(currentActor.get(), "verifyProjection");
        known("verifyProjection", name, Projections.VERIFIABLE);
        return queries.ask(new VerifyProjection(name, MAX_DIFFERENCES), ProjectionVerification.class);
    }

    @DgsMutation
    public CompletableFuture<ProjectionReset> resetProjection(@InputArgument String name) {
        Actor actor = currentActor.get();
        authorizer.requireTenantAdmin(actor, "resetProjection");
        known("resetProjection", name, Projections.NAMES);
        // the handler answers at once with the rebuild's future (a rebuild outlasts any handler time limit)
        return commands.sendWithoutWaiting(new ResetProjection(name, actor), actor);
    }

    @DgsQuery
    public List<ProjectionStatus> listProjections() {
        authorizer.requireTenantAdmin(currentActor.get(), "listProjections");
        return queries.ask(new ListProjections(), ProjectionStatuses.class).projections();
    }

    private static void known(String action, String name, List<String> names) {
        required(action, "name", name);
        if (!names.contains(name)) {
            throw new InvalidInput(action, "name", "must be one of " + String.join(", ", names) + ", not " + name);
        }
    }
}
