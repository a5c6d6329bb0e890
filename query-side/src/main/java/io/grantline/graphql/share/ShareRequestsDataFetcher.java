package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.DELETE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.SUBMIT_SHARE_OBJECT;
import static io.grantline.api.permission.TenantPermission.MANAGE_SHARES;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareCommands.DeleteShareObject;
import io.grantline.api.share.ShareCommands.ShareCreation;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.api.share.ShareCommands.UpdateShareExpirationPeriod;
import io.grantline.api.share.ShareCommands.UpdateShareRequestPurpose;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import java.util.Map;

/** The requester's side of a share: create it, submit it, change its reason or expiry, delete it. */
@DgsComponent
public class ShareRequestsDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final NewShares newShares;
    private final SharedDatasets datasets;

    public ShareRequestsDataFetcher(CurrentActor currentActor, Authorizer authorizer, ShareGuards guards,
                                    Commands commands, ShareReads reads, NewShares newShares,
                                    SharedDatasets datasets) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.newShares = newShares;
        this.datasets = datasets;
    }

    /**
     * An existing share for the same dataset, environment, team and principal is answered instead of a new one: the
     * answer names it, so the wait for the read model follows the share the command actually changed.
     */
    @DgsMutation
    public ShareObjectNode createShareObject(@InputArgument String datasetUri, @InputArgument String itemUri,
                                             @InputArgument String itemType,
                                             @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_SHARES);
        CreateShareObject command = newShares.command(datasetUri, itemUri, itemType, input, actor);
        ShareCreation creation = commands.sendWithoutWaiting(command, actor);
        commands.awaitProjected(creation.shareUri());
        return ShareObjectNode.of(reads.share(creation.shareUri()), creation.alreadyExisted());
    }

    @DgsMutation
    public ShareObjectNode submitShareObject(@InputArgument String shareUri) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "submitShareObject", shareUri, SUBMIT_SHARE_OBJECT);
        boolean autoApprove = datasets.dataset(share.dataset().datasetUri()).autoApprovalEnabled();
        commands.send(new SubmitShareObject(share.shareUri(), autoApprove, actor), share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public Boolean updateShareRequestReason(@InputArgument String shareUri, @InputArgument String requestPurpose) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "updateShareRequestReason", shareUri, SUBMIT_SHARE_OBJECT);
        commands.send(new UpdateShareRequestPurpose(share.shareUri(), requestPurpose, actor), share.shareUri(),
                actor);
        return true;
    }

    @DgsMutation
    public Boolean updateShareExpirationPeriod(@InputArgument String shareUri, @InputArgument Integer expiration,
                                               @InputArgument Boolean nonExpirable) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "updateShareExpirationPeriod", shareUri,
                SUBMIT_SHARE_OBJECT);
        ShareExpirations.check("updateShareExpirationPeriod", datasets.dataset(share.dataset().datasetUri()),
                expiration, nonExpirable);
        commands.send(new UpdateShareExpirationPeriod(share.shareUri(), expiration, nonExpirable, actor),
                share.shareUri(), actor);
        return true;
    }

    @DgsMutation
    public Boolean deleteShareObject(@InputArgument String shareUri, @InputArgument Boolean forceDelete) {
        Actor actor = currentActor.get();
        ShareView share = guards.requireOnShare(actor, "deleteShareObject", shareUri, DELETE_SHARE_OBJECT);
        commands.send(new DeleteShareObject(share.shareUri(), Boolean.TRUE.equals(forceDelete), actor),
                share.shareUri(), actor);
        return true;
    }
}
