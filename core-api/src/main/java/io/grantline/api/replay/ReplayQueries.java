package io.grantline.api.replay;

import java.util.List;

/** Checks and status of the projections, for the administrators. */
public final class ReplayQueries {

    private ReplayQueries() {
    }

    /** Rebuilds the projection into a scratch schema and compares it with the live one. */
    public record VerifyProjection(String name, int maxDifferences) {
    }

    /**
     * A row that differs between the live projection and its rebuild: key names the primary key values; column is
     * null when the row exists on one side only (live or rebuilt null then).
     */
    public record ProjectionDifference(String table, String key, String column, String live, String rebuilt) {
    }

    public record ProjectionVerification(String name, long eventsReplayed, int tablesCompared, long rowsCompared,
                                         long differenceCount, List<ProjectionDifference> differences,
                                         long durationMs) {
    }

    public record ListProjections() {
    }

    /** A projection's processor: its position in the event store, the head, and whether it is replaying. */
    public record ProjectionStatus(String name, String processor, long position, long head, long behind,
                                   boolean replaying, boolean running) {
    }

    public record ProjectionStatuses(List<ProjectionStatus> projections) {
    }
}
