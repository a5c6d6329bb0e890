package io.grantline.graphql.live;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunView;
import io.grantline.graphql.sagarun.SagaRunReaders;
import java.util.Arrays;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Saga runs as they change, optionally of one kind and one target, to the callers getSagaRun would answer
 * (SagaRunReaders).
 */
@DgsComponent
public class SagaRunSubscription {

    static final String ACTION = "sagaRunChanged";

    private final LiveEvents live;
    private final LiveCallers callers;
    private final SagaRunReaders readers;

    public SagaRunSubscription(LiveEvents live, LiveCallers callers, SagaRunReaders readers) {
        this.live = live;
        this.callers = callers;
        this.readers = readers;
    }

    @DgsSubscription
    public Publisher<SagaRunView> sagaRunChanged(@InputArgument String kind, @InputArgument String targetUri,
                                                 DgsDataFetchingEnvironment environment) {
        Actor actor = callers.of(environment);
        SagaRunKind runKind = kind(kind);
        String target = targetUri == null || targetUri.isBlank() ? null : targetUri.trim();
        if (target != null && !readers.canRead(actor, target, null)) {
            throw new UnauthorizedOperation(actor.username(), "GET_SAGA_RUN", target);
        }
        Flux<SagaRunView> runs = live.sagaRuns()
                .filter(run -> runKind == null || runKind == run.kind())
                .filter(run -> target == null || target.equals(run.targetUri()));
        if (readers.readsEveryRun(actor)) {
            return runs;
        }
        return runs.filter(run -> readers.canRead(actor, run.targetUri(), run.targetType()));
    }

    private static SagaRunKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SagaRunKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(ACTION, "kind", "must be one of " + Arrays.toString(SagaRunKind.values()));
        }
    }
}
