package io.grantline.app.api.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.environment.StackStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** getStackLogs: what happened to the stack, one line per status change. */
class StackLogApiTest extends StackApiSupport {

    static final String LOGS = """
            query($target: String!, $type: String!) {
              getStackLogs(targetUri: $target, targetType: $type) { timestamp message logStream logGroup }
            }""";

    @Test
    void logsShowEachStatusTheStackWentThrough() {
        awaitStack(StackStatus.CREATE_COMPLETE);

        JsonNode logs = owner.graphql(LOGS, "target", environmentUri, "type", "environment").data("getStackLogs");

        List<String> messages = new ArrayList<>();
        logs.forEach(log -> messages.add(log.get("message").asText()));
        assertThat(messages).containsSubsequence("Environment stack registered", "Deployment requested: environment created",
                "Stack CREATE_IN_PROGRESS", "Stack CREATE_COMPLETE");
        assertThat(logs.get(logs.size() - 1).get("logGroup").asText())
                .isEqualTo("/grantline/stacks/dataall-environment-" + environmentUri);
        assertThat(logs.get(logs.size() - 1).get("timestamp").asText()).isNotBlank();
    }

    @Test
    void outsiderCannotReadTheLogs() {
        User outsider = outsider();

        String error = outsider.graphql(LOGS, "target", environmentUri, "type", "environment").error();

        assertUnauthorized(error, outsider, "GET_ENVIRONMENT", environmentUri);
    }

    @Test
    void logsOfAnUnknownTargetTypeAreRefusedNamingTheTargetType() {
        String error = owner.graphql(LOGS, "target", environmentUri, "type", "dashboard").error();

        assertThat(error).contains("InvalidInput").contains("targetType");
    }
}
