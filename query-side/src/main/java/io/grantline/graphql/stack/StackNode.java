package io.grantline.graphql.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.stack.StackQueries.StackLogView;
import io.grantline.api.stack.StackQueries.StackView;
import java.util.List;
import java.util.Map;

/** data.all's Stack type: outputs, error and events are JSON documents in strings, as data.all answers them. */
public record StackNode(String stackUri, String targetUri, String environmentUri, String accountid, String region,
                        String stack, String name, String status, String stackid, String link, String outputs,
                        String resources, String error, String events, Boolean canViewLogs, String EcsTaskArn,
                        String EcsTaskId, String updated) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static StackNode of(StackView view, List<StackLogView> logs) {
        String link = view.stackId() == null ? null : "https://" + view.region()
                + ".console.aws.amazon.com/cloudformation/home?region=" + view.region()
                + "#/stacks/stackinfo?stackId=" + view.stackId();
        return new StackNode(view.stackUri(), view.targetUri(), view.environmentUri(), view.accountId(),
                view.region(), view.targetType(), view.name(), view.status(), view.stackId(), link,
                json(view.outputs()), "{}", view.error() == null ? "{}" : json(Map.of("message", view.error())),
                json(logs == null ? List.of() : logs.stream().map(StackNode::event).toList()), true, null, null,
                view.updated());
    }

    private static Map<String, String> event(StackLogView log) {
        return Map.of("timestamp", log.timestamp(), "status", log.status(), "message", log.message());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
