package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.ADD_ITEM;
import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.REMOVE_ITEM;
import static io.grantline.api.permission.TenantPermission.MANAGE_SHARES;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.share.ShareCommands.AddSharedItem;
import io.grantline.api.share.ShareCommands.RemoveSharedItem;
import io.grantline.api.share.ShareCommands.RevokeShareItems;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.SharedItem;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import java.util.Map;

/** The items of a share: add and remove them, and revoke those granted. */
@DgsComponent
public class ShareItemsDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final SharedDatasets datasets;
    private final SharedItems sharedItems;

    public ShareItemsDataFetcher(CurrentActor currentActor, Authorizer authorizer, ShareGuards guards,
                                 Commands commands, ShareReads reads, SharedDatasets datasets,
                                 SharedItems sharedItems) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.datasets = datasets;
        this.sharedItems = sharedItems;
    }

    @DgsMutation
    public ShareItemNode addSharedItem(@InputArgument String shareUri, @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "addSharedItem";
        ShareView share = guards.requireOnShare(actor, action, shareUri, ADD_ITEM);
        SharedItem item = sharedItems.resolve(action, datasets.dataset(share.dataset().datasetUri()),
                Inputs.string(input, "itemType"), Inputs.string(input, "itemUri"));
        String shareItemUri = ResourceUris.next();
        String added = commands.send(new AddSharedItem(share.shareUri(), shareItemUri, item, actor),
                share.shareUri(), actor);
        return ShareItemNode.of(reads.item(added == null ? shareItemUri : added));
    }

    @DgsMutation
    public Boolean removeSharedItem(@InputArgument String shareItemUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_SHARES);
        ShareItemView item = reads.item(Inputs.required("removeSharedItem", "shareItemUri", shareItemUri));
        authorizer.requireResource(actor, item.shareUri(), REMOVE_ITEM);
        commands.send(new RemoveSharedItem(item.shareUri(), item.shareItemUri(), actor), item.shareUri(), actor);
        return true;
    }

    @DgsMutation
    public ShareObjectNode revokeItemsShareObject(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "revokeItemsShareObject";
        authorizer.requireTenant(actor, MANAGE_SHARES);
        ShareSelection selection = ShareSelection.of(action, input);
        ShareView share = guards.requireOnShare(actor, action, selection.shareUri(), GET_SHARE_OBJECT);
        reads.requireItemsOf(action, share, selection.shareItemUris());
        commands.send(new RevokeShareItems(share.shareUri(), selection.shareItemUris(), actor), share.shareUri(),
                actor);
        return reads.node(share.shareUri());
    }
}
