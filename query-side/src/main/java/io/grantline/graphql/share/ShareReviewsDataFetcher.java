package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.APPROVE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.REJECT_SHARE_OBJECT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.share.ShareCommands.ApproveShareObject;
import io.grantline.api.share.ShareCommands.RejectShareObject;
import io.grantline.api.share.ShareCommands.UpdateShareRejectPurpose;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;

/** The approvers' side of a share: approve or reject it (or its extension request), and say why. */
@DgsComponent
public class ShareReviewsDataFetcher {

    private final CurrentActor currentActor;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final SharedDatasets datasets;

    public ShareReviewsDataFetcher(CurrentActor currentActor, ShareGuards guards, Commands commands,
                                   ShareReads reads, SharedDatasets datasets) {
        this.currentActor = currentActor;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.datasets = datasets;
    }

    @DgsMutation
    public ShareObjectNode approveShareObject(@InputArgument String shareUri) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "approveShareObject", shareUri, APPROVE_SHARE_OBJECT);
        commands.send(new ApproveShareObject(share.shareUri(), datasets.approverGroups(share), actor),
                share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public ShareObjectNode rejectShareObject(@InputArgument String shareUri, @InputArgument String rejectPurpose) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "rejectShareObject", shareUri, REJECT_SHARE_OBJECT);
        commands.send(new RejectShareObject(share.shareUri(), rejectPurpose, datasets.approverGroups(share), actor),
                share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public Boolean updateShareRejectReason(@InputArgument String shareUri, @InputArgument String rejectPurpose) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "updateShareRejectReason", shareUri, REJECT_SHARE_OBJECT);
        commands.send(new UpdateShareRejectPurpose(share.shareUri(), rejectPurpose, datasets.approverGroups(share),
                actor), share.shareUri(), actor);
        return true;
    }
}
