package io.grantline.graphql.live;

import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.share.ShareReads;
import io.grantline.graphql.support.Inputs;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Status changes of the shares the caller may read, as getShareObject decides (the requesting team, the approvers,
 * who hold GET_SHARE_OBJECT on the share), and of every share for the admin group; optionally of one share only.
 * Who may read is decided again at each push, so a caller who loses access stops receiving.
 */
@DgsComponent
public class ShareStatusSubscription {

    static final String ACTION = "shareStatusChanged";

    private final LiveEvents live;
    private final LiveCallers callers;
    private final Authorizer authorizer;
    private final ShareReads shares;

    public ShareStatusSubscription(LiveEvents live, LiveCallers callers, Authorizer authorizer, ShareReads shares) {
        this.live = live;
        this.callers = callers;
        this.authorizer = authorizer;
        this.shares = shares;
    }

    @DgsSubscription
    public Publisher<ShareStatusChange> shareStatusChanged(@InputArgument String shareUri,
                                                           DgsDataFetchingEnvironment environment) {
        Actor actor = callers.of(environment);
        Flux<ShareStatusChange> changes = live.shareStatusChanges();
        if (shareUri != null) {
            String uri = Inputs.required(ACTION, "shareUri", shareUri);
            if (!mayRead(actor, uri)) {
                throw new UnauthorizedOperation(actor.username(), GET_SHARE_OBJECT, uri);
            }
            shares.share(uri);
            changes = changes.filter(change -> uri.equals(change.shareUri()));
        }
        return changes.filter(change -> mayRead(actor, change.shareUri()));
    }

    private boolean mayRead(Actor actor, String shareUri) {
        return authorizer.isTenantAdmin(actor) || authorizer.holds(actor, shareUri, GET_SHARE_OBJECT);
    }
}
