package io.grantline.graphql.stack;

import io.grantline.api.stack.StackQueries.StackLogView;

/** data.all's StackLog type: one line of the stack's deployment log. */
public record StackLogNode(String timestamp, String message, String logStream, String logGroup) {

    static StackLogNode of(StackLogView view) {
        return new StackLogNode(view.timestamp(), view.message(), view.logStream(), view.logGroup());
    }
}
