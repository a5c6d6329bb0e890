package io.grantline.api.replay;

import io.grantline.api.Actor;

/** Administration of projections (not an aggregate: a projection is derived from every aggregate's events). */
public final class ReplayCommands {

    private ReplayCommands() {
    }

    /** Rebuilds the projection from the event store while the application keeps serving. */
    public record ResetProjection(String name, Actor actor) {
    }

    /**
     * What a reset did. A rebuilt read model reports the events replayed and the rows swapped in; a processor
     * replay (catalog, governance) reports only that it started, its progress shows in listProjections.
     */
    public record ProjectionReset(String name, String processor, String mode, long eventsReplayed, long rowsRebuilt,
                                  long durationMs) {

        public static final String REBUILT = "REBUILT";
        public static final String REPLAY_STARTED = "REPLAY_STARTED";
    }
}
