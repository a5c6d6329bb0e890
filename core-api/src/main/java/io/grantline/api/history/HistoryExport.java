package io.grantline.api.history;

import io.grantline.api.history.HistoryQueries.GovernanceEventView;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The governance history read as a stream, for exports: events are handed to the sink one at a time, in event
 * store order, while they are read, so an export of any size holds one event in memory at a time.
 */
public interface HistoryExport {

    /**
     * Streams the events that touched resourceUri (every event when null) between from and to (inclusive, null for
     * no bound) to the sink; answers how many were streamed.
     */
    long stream(String resourceUri, Instant from, Instant to, Consumer<GovernanceEventView> sink);
}
