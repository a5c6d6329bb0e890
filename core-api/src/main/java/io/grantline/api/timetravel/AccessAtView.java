package io.grantline.api.timetravel;

import java.time.Instant;
import java.util.List;

/**
 * Who could access a resource at an instant. lastEventPosition and lastEventTime are those of the latest event the
 * answer was computed from (the resource's dataset and the shares of it).
 */
public record AccessAtView(String resourceUri, String resourceType, String datasetUri, Instant at,
                           long lastEventPosition, Instant lastEventTime, List<AccessGrantView> grants) {
}
