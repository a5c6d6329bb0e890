package io.grantline.app.replay;

import io.grantline.api.Actor;
import io.grantline.api.catalog.CatalogCommands.ReindexCatalog;
import io.grantline.api.replay.Projections;
import io.grantline.api.replay.ReplayCommands.ProjectionReset;
import io.grantline.api.replay.ReplayQueries.ProjectionStatus;
import io.grantline.api.replay.ReplayQueries.ProjectionVerification;
import io.grantline.projections.support.ReadModel;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Resets and verifies the projections by name. The read model is rebuilt in a scratch schema (and compared, or
 * swapped in); the catalog and the governance history replay their own processors, whose reset handlers clear them.
 */
@Component
public class ProjectionRebuilds {

    private final ReadModelRebuilder readModel;
    private final LiveProcessors processors;
    private final EventStore eventStore;
    private final CommandGateway commands;

    ProjectionRebuilds(ReadModelRebuilder readModel, LiveProcessors processors, @Lazy EventStore eventStore,
                       @Lazy CommandGateway commands) {
        this.readModel = readModel;
        this.processors = processors;
        this.eventStore = eventStore;
        this.commands = commands;
    }

    public ProjectionVerification verify(String name, int maxDifferences) {
        requireReadModel(name);
        long started = System.nanoTime();
        return readModel.rebuild(rebuilt -> {
            ReadModelComparison comparison = new ReadModelComparison(rebuilt.jdbc(), rebuilt.scratch(), maxDifferences);
            rebuilt.tables().forEach(comparison::compare);
            return new ProjectionVerification(name, rebuilt.eventsReplayed(), comparison.tablesCompared(),
                    comparison.rowsCompared(), comparison.differingRows(), comparison.differences(),
                    ReadModelRebuilder.millisSince(started));
        });
    }

    public ProjectionReset reset(String name, Actor actor) {
        long started = System.nanoTime();
        return switch (name) {
            case Projections.READ_MODEL -> readModel.rebuild(rebuilt -> {
                long rows = rebuilt.transaction().execute(status ->
                        ReadModelSwap.swap(rebuilt.jdbc(), rebuilt.scratch(), rebuilt.tables()));
                return new ProjectionReset(name, ReadModel.PROCESSING_GROUP, ProjectionReset.REBUILT,
                        rebuilt.eventsReplayed(), rows, ReadModelRebuilder.millisSince(started));
            });
            case Projections.CATALOG -> {
                commands.sendAndWait(new ReindexCatalog(false, actor));
                yield replayStarted(name, started);
            }
            case Projections.GOVERNANCE -> {
                TrackingEventProcessor processor = processors.get(name);
                processor.shutDown();
                processor.resetTokens();
                processor.start();
                yield replayStarted(name, started);
            }
            default -> throw unknown(name);
        };
    }

    public List<ProjectionStatus> statuses() {
        long head = position(eventStore.createHeadToken());
        List<ProjectionStatus> statuses = new ArrayList<>();
        for (String name : Projections.NAMES) {
            processors.find(name).ifPresent(processor -> {
                long position = Math.max(0, processors.coverage(name).lowestIndex());
                statuses.add(new ProjectionStatus(name, processor.getName(), position, head,
                        Math.max(0, head - position), processor.isReplaying(), processor.isRunning()));
            });
        }
        return statuses;
    }

    private static ProjectionReset replayStarted(String name, long started) {
        return new ProjectionReset(name, name, ProjectionReset.REPLAY_STARTED, 0, 0,
                ReadModelRebuilder.millisSince(started));
    }

    private static void requireReadModel(String name) {
        if (!Projections.READ_MODEL.equals(name)) {
            throw unknown(name);
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no rebuild for projection " + name);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
