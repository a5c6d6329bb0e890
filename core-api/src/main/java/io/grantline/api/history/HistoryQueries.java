package io.grantline.api.history;

import io.grantline.api.Page;
import java.time.Instant;
import java.util.List;

/** Queries answered from the governance history, and their results. */
public final class HistoryQueries {

    private HistoryQueries() {
    }

    /**
     * The events that touched the resource, newest first. from and to bound the time (both inclusive), actions
     * narrows to event type names, actor and correlationId to those values; null means no bound.
     */
    public record ListGovernanceHistory(String resourceUri, Instant from, Instant to, List<String> actions,
                                        String actor, String correlationId, int page, int pageSize) {
    }

    /** Answers a HistoryResource, or null when no event ever touched the uri. */
    public record FindHistoryResource(String resourceUri) {
    }

    /** The kind the history knows a uri as (one of {@link ResourceTypes}). */
    public record HistoryResource(String resourceUri, String resourceType) {
    }

    public record GovernanceHistoryPage(Page<GovernanceEventView> page) {
    }

    /** One event as the history shows it; time is ISO-8601 in UTC. */
    public record GovernanceEventView(String eventId, long position, String time, String actor, String action,
                                      String aggregateUri, String aggregateType, String resourceUri,
                                      String resourceType, String summary, String correlationId,
                                      String causationId, List<GovernanceChange> changes) {
    }

    /** A field the event changed; before and after are the values as text (JSON for lists and objects). */
    public record GovernanceChange(String field, String before, String after) {
    }
}
