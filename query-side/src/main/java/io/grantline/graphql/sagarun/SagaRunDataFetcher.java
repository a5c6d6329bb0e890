package io.grantline.graphql.sagarun;

import static io.grantline.graphql.support.Inputs.required;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.sagarun.SagaRunCommands.CancelSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.RetrySagaRun;
import io.grantline.api.sagarun.SagaRunQueries.FindSagaRun;
import io.grantline.api.sagarun.SagaRunQueries.ListSagaRuns;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunPage;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunView;
import io.grantline.api.sagarun.SagaRunState;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;

/**
 * Saga runs: the admin group reads every run, retries and cancels; other callers read the runs of an environment
 * (GET_ENVIRONMENT), a dataset (GET_DATASET) or a share (GET_SHARE_OBJECT, as getShareObject: the requester team
 * and the dataset's owner and steward teams) they may read, and list them by that target.
 */
@DgsComponent
public class SagaRunDataFetcher {

    private static final String TYPE = "SagaRun";

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final SagaRunReaders readers;
    private final Commands commands;
    private final Queries queries;
    private final Duration stallAfter;

    public SagaRunDataFetcher(CurrentActor currentActor, Authorizer authorizer, SagaRunReaders readers,
                              Commands commands, Queries queries,
                              @Value("${grantline.saga-runs.stall-after:PT15M}") Duration stallAfter) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.readers = readers;
        this.commands = commands;
        this.queries = queries;
        this.stallAfter = stallAfter;
    }

    @DgsQuery
    public SearchResult<SagaRunView> listSagaRuns(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        ListSagaRuns query = SagaRunFilters.read(filter);
        if (!readers.canRead(actor, query.targetUri(), null)) {
            throw new UnauthorizedOperation(actor.username(), "LIST_SAGA_RUNS",
                    query.targetUri() == null ? "tenant" : query.targetUri());
        }
        SagaRunPage result = queries.ask(query, SagaRunPage.class);
        return SearchResult.of(result.page(), Function.identity());
    }

    @DgsQuery
    public SagaRunView getSagaRun(@InputArgument String runId) {
        Actor actor = currentActor.get();
        SagaRunView run = existing("getSagaRun", runId);
        if (!readers.canRead(actor, run.targetUri(), run.targetType())) {
            throw new UnauthorizedOperation(actor.username(), "GET_SAGA_RUN", runId);
        }
        return run;
    }

    @DgsMutation
    public SagaRunView retrySagaRun(@InputArgument String runId, @InputArgument String reason) {
        Actor actor = currentActor.get();
        String action = "retrySagaRun";
        authorizer.requireTenantAdmin(actor, action);
        SagaRunView run = existing(action, runId);
        if (!run.kind().retriable()) {
            throw new InvalidInput(action, "runId", "names a run of kind " + run.kind()
                    + ", which cannot be started again");
        }
        if (run.state() == SagaRunState.SUCCEEDED || run.state() == SagaRunState.RUNNING && !run.stalled()) {
            throw new InvalidInput(action, "runId", "names saga run " + runId + ", which is " + run.state()
                    + "; only a FAILED, CANCELLED or stalled run is retried");
        }
        commands.send(new RetrySagaRun(runId, reason, stallLine(), actor), runId, actor);
        return find(runId);
    }

    @DgsMutation
    public SagaRunView cancelSagaRun(@InputArgument String runId, @InputArgument String reason) {
        Actor actor = currentActor.get();
        String action = "cancelSagaRun";
        authorizer.requireTenantAdmin(actor, action);
        SagaRunView run = existing(action, runId);
        if (run.state() != SagaRunState.RUNNING && run.state() != SagaRunState.FAILED) {
            throw new InvalidInput(action, "runId", "names saga run " + runId + ", which is " + run.state()
                    + "; only a RUNNING (stalled or not) or FAILED run is cancelled");
        }
        commands.send(new CancelSagaRun(runId, reason, stallLine(), actor), runId, actor);
        return find(runId);
    }

    private Instant stallLine() {
        return Instant.now().minus(stallAfter);
    }

    private SagaRunView existing(String action, String runId) {
        required(action, "runId", runId);
        SagaRunView run = find(runId);
        if (run == null) {
            throw new ObjectNotFound(TYPE, runId);
        }
        return run;
    }

    private SagaRunView find(String runId) {
        return queries.ask(new FindSagaRun(runId), SagaRunView.class);
    }
}
