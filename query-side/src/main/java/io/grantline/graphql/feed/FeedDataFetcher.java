package io.grantline.graphql.feed;

import static io.grantline.graphql.support.Inputs.required;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.feed.FeedCommands.PostFeedMessage;
import io.grantline.api.feed.FeedQueries.FeedMessageView;
import io.grantline.api.feed.FeedQueries.FindFeedMessage;
import io.grantline.api.feed.FeedQueries.ListFeedMessages;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** data.all's feed: whoever may read a dataset, table or folder reads and posts on its feed. */
@DgsComponent
public class FeedDataFetcher {

    /** The feed a target has; its messages are read when asked for. */
    public record FeedNode(String feedTargetUri, String feedTargetType) {
    }

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public FeedDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public FeedNode getFeed(@InputArgument String targetUri, @InputArgument String targetType) {
        requireReader(currentActor.get(), "getFeed", targetUri, targetType);
        return new FeedNode(targetUri, targetType);
    }

    @DgsMutation
    public FeedMessageView postFeedMessage(@InputArgument String targetUri, @InputArgument String targetType,
                                           @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        requireReader(actor, "postFeedMessage", targetUri, targetType);
        if (input == null) {
            throw new RequiredParameter("postFeedMessage", "input");
        }
        String feedMessageUri = ResourceUris.next();
        commands.send(new PostFeedMessage(feedMessageUri, targetUri, targetType, (String) input.get("content"), actor),
                feedMessageUri, actor);
        return queries.ask(new FindFeedMessage(feedMessageUri), FeedMessageView.class);
    }

    @DgsData(parentType = "Feed", field = "messages")
    @SuppressWarnings("unchecked")
    public SearchResult<FeedMessageView> messages(DgsDataFetchingEnvironment dfe,
                                                 @InputArgument Map<String, Object> filter) {
        FeedNode feed = dfe.getSource();
        Paging paging = Paging.of(filter);
        Page<FeedMessageView> page = queries.ask(new ListFeedMessages(feed.feedTargetUri(), feed.feedTargetType(),
                paging.term(), paging.page(), paging.pageSize()), Page.class);
        return SearchResult.of(page, message -> message);
    }

    private void requireReader(Actor actor, String action, String targetUri, String targetType) {
        required(action, "targetUri", targetUri);
        authorizer.requireResource(actor, targetUri, FeedTargets.readPermission(action, targetType));
    }
}
