package io.grantline.api.feed;

/** Queries of the feed read model. */
public final class FeedQueries {

    private FeedQueries() {
    }

    public record FeedMessageView(String feedMessageUri, String targetUri, String targetType, String creator,
                                  String content, String created) {
    }

    public record FindFeedMessage(String feedMessageUri) {
    }

    /** A target's messages, newest first; term matches the content or the creator, as in data.all. */
    public record ListFeedMessages(String targetUri, String targetType, String term, int page, int pageSize) {
    }
}
