package io.grantline.graphql.share;

import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET;
import static io.grantline.api.permission.SharePermissions.APPROVE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.api.permission.TenantPermission.MANAGE_SHARES;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.share.ShareCommands.ReapplyShareItems;
import io.grantline.api.share.ShareCommands.VerifyShareItems;
import io.grantline.api.share.ShareQueries.ListDatasetShares;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether what was granted is still in the cloud: verify compares, re-apply grants again what is missing; for some
 * items of a share, or for the shares of a dataset.
 */
@DgsComponent
public class ShareHealthDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final SharedDatasets datasets;

    public ShareHealthDataFetcher(CurrentActor currentActor, Authorizer authorizer, ShareGuards guards,
                                  Commands commands, ShareReads reads, SharedDatasets datasets) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.datasets = datasets;
    }

    @DgsMutation
    public ShareObjectNode verifyItemsShareObject(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "verifyItemsShareObject";
        authorizer.requireTenant(actor, MANAGE_SHARES);
        ShareSelection selection = ShareSelection.of(action, input);
        ShareView share = guards.requireOnShare(actor, action, selection.shareUri(), GET_SHARE_OBJECT);
        reads.requireItemsOf(action, share, selection.shareItemUris());
        commands.send(new VerifyShareItems(share.shareUri(), selection.shareItemUris(), actor), share.shareUri(),
                actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public ShareObjectNode reApplyItemsShareObject(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "reApplyItemsShareObject";
        authorizer.requireTenant(actor, MANAGE_SHARES);
        ShareSelection selection = ShareSelection.of(action, input);
        ShareView share = guards.requireOnShare(actor, action, selection.shareUri(), APPROVE_SHARE_OBJECT);
        reads.requireItemsOf(action, share, selection.shareItemUris());
        commands.send(new ReapplyShareItems(share.shareUri(), selection.shareItemUris(),
                datasets.approverGroups(share), actor), share.shareUri(), actor);
        return reads.node(share.shareUri());
    }

    @DgsMutation
    public Boolean verifyDatasetShareObjects(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "verifyDatasetShareObjects";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String datasetUri = Inputs.required(action, "datasetUri", Inputs.string(input, "datasetUri"));
        List<String> shareUris = Inputs.strings(input, "shareUris");
        if (shareUris == null || shareUris.isEmpty()) {
            throw new RequiredParameter(action, "shareUris");
        }
        authorizer.requireResource(actor, datasetUri, UPDATE_DATASET);
        datasets.dataset(datasetUri);
        List<ShareView> shares = new ArrayList<>();
        for (String shareUri : shareUris.stream().distinct().toList()) {
            ShareView share = reads.share(shareUri);
            if (!share.dataset().datasetUri().equals(datasetUri)) {
                throw new InvalidInput(action, "shareUris", "hold " + shareUri + ", which is no share of the dataset "
                        + datasetUri);
            }
            shares.add(share);
        }
        for (ShareView share : shares) {
            commands.send(new VerifyShareItems(share.shareUri(), List.of(), actor), share.shareUri(), actor);
        }
        return true;
    }

    /**
     * Re-applies every share of the dataset that has something granted. UPDATE_DATASET is also held by the
     * environment's admin team, which approves nothing itself; the dataset-wide repair acts for it with the dataset's
     * approver teams and that team.
     */
    @DgsMutation
    public Boolean reApplyShareObjectItemsOnDataset(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        String action = "reApplyShareObjectItemsOnDataset";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = Inputs.required(action, "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, UPDATE_DATASET);
        DatasetView dataset = datasets.dataset(uri);
        List<String> repairers = new ArrayList<>(SharedDatasets.approverGroups(dataset));
        if (dataset.environmentAdminGroup() != null && !repairers.contains(dataset.environmentAdminGroup())) {
            repairers.add(dataset.environmentAdminGroup());
        }
        List<ShareView> shares = reads.list(new ListDatasetShares(uri, true));
        for (ShareView share : shares) {
            commands.send(new ReapplyShareItems(share.shareUri(), List.of(), repairers, actor), share.shareUri(),
                    actor);
        }
        return true;
    }
}
