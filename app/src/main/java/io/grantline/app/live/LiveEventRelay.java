package io.grantline.app.live;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/** Hands every committed event to the hub; the hub decides at once whether anyone listens, and never blocks. */
@ProcessingGroup(LiveEventRelay.PROCESSING_GROUP)
@DisallowReplay
public class LiveEventRelay {

    public static final String PROCESSING_GROUP = "live";

    private final LiveEventHub hub;

    public LiveEventRelay(LiveEventHub hub) {
        this.hub = hub;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        hub.accept(event);
    }
}
