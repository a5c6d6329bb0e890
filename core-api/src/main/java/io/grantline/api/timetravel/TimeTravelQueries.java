package io.grantline.api.timetravel;

import java.time.Instant;

/**
 * Queries answered from the event store as it stood at an instant (events whose time is at or before it), never
 * from a read table. Each answers null when the resource is unknown or did not exist yet at that instant.
 */
public final class TimeTravelQueries {

    private TimeTravelQueries() {
    }

    /** Who could access a dataset, table or folder at the instant, and why: answers an {@link AccessAtView}. */
    public record FindAccessAt(String resourceUri, Instant at) {
    }

    /** Answers a {@link ShareObjectAsOfView}. */
    public record FindShareObjectAt(String shareUri, Instant at) {
    }

    /** Answers a {@link DatasetAsOfView}. */
    public record FindDatasetAt(String datasetUri, Instant at) {
    }

    /** What the event store knows the uri as: answers a {@link TimeTravelResource}, or null for none. */
    public record FindTimeTravelResource(String uri) {
    }
}
