package io.grantline.api.stack;

import java.util.List;
import java.util.Map;

/** Queries answered from the stack read model (stacks, their logs and key-value tags), and their results. */
public final class StackQueries {

    private StackQueries() {
    }

    public record FindStack(String targetUri, String targetType) {
    }

    /** The stacks of several environments at once, for the Environment.stack field of a listing. */
    public record FindEnvironmentStacks(List<String> environmentUris) {
    }

    /** The stacks of several targets of one type at once, for the stack field of a listing (e.g. datasets). */
    public record FindTargetStacks(String targetType, List<String> targetUris) {
    }

    public record ListKeyValueTags(String targetUri, String targetType) {
    }

    public record ListStackLogs(String targetUri, String targetType) {
    }

    public record StackView(String stackUri, String targetUri, String targetType, String environmentUri,
                            String accountId, String region, String name, String status, String stackId,
                            Map<String, String> outputs, String error, String deploymentId, String updated) {
    }

    /** Stacks keyed by environmentUri; environments without a stack are absent. */
    public record EnvironmentStacks(Map<String, StackView> byEnvironment) {
    }

    public record TargetStacks(Map<String, StackView> byTarget) {
    }

    public record KeyValueTagView(String tagUri, String targetUri, String targetType, String key, String value,
                                  boolean cascade) {
    }

    public record KeyValueTagList(List<KeyValueTagView> tags) {
    }

    public record StackLogView(String timestamp, String status, String message, String logStream,
                               String logGroup) {
    }

    public record StackLogList(List<StackLogView> logs) {
    }
}
