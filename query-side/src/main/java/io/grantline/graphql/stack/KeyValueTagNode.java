package io.grantline.graphql.stack;

import io.grantline.api.stack.StackQueries.KeyValueTagView;

/** data.all's KeyValueTag type. */
public record KeyValueTagNode(String tagUri, String targetUri, String targetType, String key, String value,
                              Boolean cascade) {

    static KeyValueTagNode of(KeyValueTagView view) {
        return new KeyValueTagNode(view.tagUri(), view.targetUri(), view.targetType(), view.key(), view.value(),
                view.cascade());
    }
}
