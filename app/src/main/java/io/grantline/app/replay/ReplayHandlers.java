package io.grantline.app.replay;

import io.grantline.api.replay.ReplayCommands.ProjectionReset;
import io.grantline.api.replay.ReplayCommands.ResetProjection;
import io.grantline.api.replay.ReplayQueries.ListProjections;
import io.grantline.api.replay.ReplayQueries.ProjectionStatuses;
import io.grantline.api.replay.ReplayQueries.ProjectionVerification;
import io.grantline.api.replay.ReplayQueries.VerifyProjection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The API's way to the projection rebuilds (the query side reaches the application only through the gateways). */
@Component
class ReplayHandlers {

    private final ProjectionRebuilds rebuilds;

    ReplayHandlers(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @CommandHandler
    ProjectionReset handle(ResetProjection command) {
        return rebuilds.reset(command.name(), command.actor());
    }

    @QueryHandler
    ProjectionVerification handle(VerifyProjection query) {
        return rebuilds.verify(query.name(), query.maxDifferences());
    }

    @QueryHandler
    ProjectionStatuses handle(ListProjections query) {
        return new ProjectionStatuses(rebuilds.statuses());
    }
}
