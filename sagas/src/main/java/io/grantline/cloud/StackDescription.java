package io.grantline.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stack as the cloud describes it now: CloudFormation's status, its reason, outputs and latest events. */
public record StackDescription(String stackId, String stackName, String status, String statusReason,
                               Map<String, String> outputs, List<Event> events) {

    public StackDescription {
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public boolean inProgress() {
        return status.endsWith("_IN_PROGRESS");
    }

    /** Settled in a state CloudFormation reached by rolling back or failing. */
    public boolean failed() {
        return !inProgress() && (status.endsWith("_FAILED") || status.contains("ROLLBACK"));
    }

    /** Why the stack failed: the status reason and the reasons of the resources that failed. */
    public String failureCause() {
        StringBuilder cause = new StringBuilder(status);
        if (statusReason != null && !statusReason.isBlank()) {
            cause.append(": ").append(statusReason);
        }
        events.stream()
                .filter(event -> event.status() != null && event.status().endsWith("_FAILED"))
                .filter(event -> event.reason() != null && !event.reason().isBlank())
                .forEach(event -> cause.append("; ").append(event.logicalId()).append(": ").append(event.reason()));
        return cause.toString();
    }

    public record Event(Instant timestamp, String logicalId, String resourceType, String status, String reason) {
    }
}
