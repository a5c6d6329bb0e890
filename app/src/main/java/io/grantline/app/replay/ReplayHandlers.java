package io.grantline.app.replay;

import io.grantline.api.replay.ReplayCommands.ProjectionReset;
import io.grantline.api.replay.ReplayCommands.ResetProjection;
import io.grantline.api.replay.ReplayQueries.ListProjections;
import io.grantline.api.replay.ReplayQueries.ProjectionStatuses;
import io.grantline.api.replay.ReplayQueries.ProjectionVerification;
import io.grantline.api.replay.ReplayQueries.VerifyProjection;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The API's way to the projection rebuilds (the query side reaches the application only through the gateways).
 * A rebuild replays the whole event store, far longer than Axon lets a handler or its unit of work run, so the
 * handlers hand it to one rebuild thread and answer with its future; one thread also keeps two rebuilds from
 * pausing the same processor at once.
 */
@Component
class ReplayHandlers {

    private final ProjectionRebuilds rebuilds;
    private final ExecutorService rebuildThread = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "projection-rebuild"));

    ReplayHandlers(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @CommandHandler
    CompletableFuture<ProjectionReset> handle(ResetProjection command) {
        return CompletableFuture.supplyAsync(() -> rebuilds.reset(command.name(), command.actor()), rebuildThread);
    }

    @QueryHandler
    CompletableFuture<ProjectionVerification> handle(VerifyProjection query) {
        return CompletableFuture.supplyAsync(() -> rebuilds.verify(query.name(), query.maxDifferences()),
                rebuildThread);
    }

    @QueryHandler
    ProjectionStatuses handle(ListProjections query) {
        return new ProjectionStatuses(rebuilds.statuses());
    }

    @PreDestroy
    void stop() {
        rebuildThread.shutdownNow();
    }
}
