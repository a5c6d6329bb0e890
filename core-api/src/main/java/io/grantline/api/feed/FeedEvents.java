package io.grantline.api.feed;

import java.time.Instant;

/** Facts of the feeds of datasets, tables and folders. */
public final class FeedEvents {

    private FeedEvents() {
    }

    public record FeedMessagePosted(String feedMessageUri, String targetUri, String targetType, String creator,
                                    String content, Instant created) {
    }
}
