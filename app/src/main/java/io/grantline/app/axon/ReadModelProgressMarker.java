package io.grantline.app.axon;

import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Makes every event pass through the read-model processor's interceptor, so that progress is recorded
 * even for events no projection handles (a mutation emitting only such events would otherwise wait for
 * its read-your-writes timeout); and forgets the progress when the read model is rebuilt.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ReadModelProgressMarker {

    private final ProjectionProgress progress;

    ReadModelProgressMarker(ProjectionProgress progress) {
        this.progress = progress;
    }

    @EventHandler
    void on(Object anyEvent) {
        // nothing to project: the interceptor records the progress
    }

    @ResetHandler
    void reset() {
        progress.reset(ReadModel.PROCESSING_GROUP);
    }
}
