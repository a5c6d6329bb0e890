package io.grantline.api.feed;

import io.grantline.api.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of feed messages. */
public final class FeedCommands {

    private FeedCommands() {
    }

    /** targetType is data.all's feed target type (Dataset, DatasetTable, DatasetStorageLocation). */
    public record PostFeedMessage(@TargetAggregateIdentifier String feedMessageUri, String targetUri,
                                  String targetType, String content, Actor actor) {
    }
}
