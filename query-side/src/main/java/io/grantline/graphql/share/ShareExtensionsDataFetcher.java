package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.APPROVE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.SUBMIT_SHARE_OBJECT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.share.ShareCommands.ApproveShareExtension;
import io.grantline.api.share.ShareCommands.CancelShareExtension;
import io.grantline.api.share.ShareCommands.SubmitShareExtension;
import io.grantline.api.share.ShareCommands.UpdateShareExtensionReason;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;

/**
 * Extending a granted share's expiry: the requesters submit, change the reason or cancel; the approvers approve
 * (rejecting an extension is rejectShareObject).
 */
@DgsComponent
public class ShareExtensionsDataFetcher {

    private final CurrentActor currentActor;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final SharedDatasets datasets;

    public ShareExtensionsDataFetcher(CurrentActor currentActor, ShareGuards guards, Commands commands,
                                      ShareReads reads, SharedDatasets datasets) {
        this.currentActor = currentActor;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.datasets = datasets;
    }

    @DgsMutation
    public ShareObjectNode submitShareExtension(@InputArgument String shareUri, @InputArgument Integer expiration,
                                                @InputArgument String extensionReason,
                                                @InputArgument Boolean nonExpirable) {
        Actor actor = currentActor.get();
        String action = "submitShareExtension";
        ShareView share = guards.requireOnShare(actor, action, shareUri, SUBMIT_SHARE_OBJECT);
        ShareExpirations.check(action, datasets.dataset(share.dataset().datasetUri()), expiration, nonExpirable);
        commands.send(new SubmitShareExtension(share.shareUri(), expiration, extensionReason, nonExpirable, actor),
                share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public Boolean updateShareExtensionReason(@InputArgument String shareUri,
                                              @InputArgument String extensionPurpose) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "updateShareExtensionReason", shareUri, SUBMIT_SHARE_OBJECT);
        commands.send(new UpdateShareExtensionReason(share.shareUri(), extensionPurpose, actor), share.shareUri(),
                actor);
        return true;
    }

    @DgsMutation
    public ShareObjectNode approveShareExtension(@InputArgument String shareUri) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "approveShareExtension", shareUri, APPROVE_SHARE_OBJECT);
        commands.send(new ApproveShareExtension(share.shareUri(), datasets.approverGroups(share), actor),
                share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public Boolean cancelShareExtension(@InputArgument String shareUri) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "cancelShareExtension", shareUri, SUBMIT_SHARE_OBJECT);
        commands.send(new CancelShareExtension(share.shareUri(), actor), share.shareUri(), actor);
        return true;
    }
}
