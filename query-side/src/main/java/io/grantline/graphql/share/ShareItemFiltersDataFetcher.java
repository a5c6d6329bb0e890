package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.APPROVE_SHARE_OBJECT;
import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;
import static io.grantline.api.permission.TenantPermission.MANAGE_SHARES;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareCommands.RemoveShareItemFilter;
import io.grantline.api.share.ShareCommands.UpdateShareItemFilters;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.ShareableType;
import io.grantline.graphql.dataset.DatasetReads;
import io.grantline.graphql.dataset.TableDataFilterNode;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.share.ShareNodes.ItemDataFilterNode;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The table data filters a shared table is limited to: the approvers attach and remove them; both sides read them. */
@DgsComponent
public class ShareItemFiltersDataFetcher {

    /** data.all's naming convention of data filter labels. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]{1,255}");

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final ShareGuards guards;
    private final Commands commands;
    private final ShareReads reads;
    private final SharedDatasets datasets;
    private final DatasetReads datasetReads;

    public ShareItemFiltersDataFetcher(CurrentActor currentActor, Authorizer authorizer, ShareGuards guards,
                                       Commands commands, ShareReads reads, SharedDatasets datasets,
                                       DatasetReads datasetReads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
        this.datasets = datasets;
        this.datasetReads = datasetReads;
    }

    @DgsMutation
    public Boolean updateShareItemFilters(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateShareItemFilters";
        authorizer.requireTenant(actor, MANAGE_SHARES);
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        ShareItemView item = reads.item(Inputs.required(action, "shareItemUri",
                Inputs.string(input, "shareItemUri")));
        ShareView share = guards.requireOnShare(actor, action, item.shareUri(), APPROVE_SHARE_OBJECT);
        if (item.itemType() != ShareableType.Table) {
            throw new InvalidInput(action, "shareItemUri", "names a " + item.itemType()
                    + " item; data filters limit shared tables only");
        }
        String label = Inputs.required(action, "label", Inputs.string(input, "label"));
        if (!LABEL.matcher(label).matches()) {
            throw new InvalidInput(action, "label", "is " + label
                    + "; a data filter label holds letters, digits and underscores only");
        }
        List<String> filterUris = Inputs.strings(input, "filterUris");
        if (filterUris == null || filterUris.isEmpty()) {
            throw new RequiredParameter(action, "filterUris");
        }
        List<String> filterNames = new ArrayList<>();
        for (String filterUri : filterUris.stream().distinct().toList()) {
            filterNames.add(filterOfTable(action, filterUri, item.itemUri()).name());
        }
        String attachedUri = item.filter() == null ? ResourceUris.next() : item.filter().attachedDataFilterUri();
        AttachedDataFilter filter = new AttachedDataFilter(attachedUri, label, filterUris.stream().distinct().toList(),
                filterNames);
        commands.send(new UpdateShareItemFilters(share.shareUri(), item.shareItemUri(), filter,
                datasets.approverGroups(share), actor), share.shareUri(), actor);
        return true;
    }

    @DgsMutation
    public Boolean removeShareItemFilter(@InputArgument String attachedDataFilterUri) {
        Actor actor = currentActor.get();
        String action = "removeShareItemFilter";
        authorizer.requireTenant(actor, MANAGE_SHARES);
        ShareItemView item = reads.itemWithFilter(Inputs.required(action, "attachedDataFilterUri",
                attachedDataFilterUri));
        ShareView share = guards.requireOnShare(actor, action, item.shareUri(), APPROVE_SHARE_OBJECT);
        commands.send(new RemoveShareItemFilter(share.shareUri(), item.shareItemUri(), attachedDataFilterUri,
                datasets.approverGroups(share), actor), share.shareUri(), actor);
        return true;
    }

    @DgsQuery
    public ItemDataFilterNode getShareItemDataFilters(@InputArgument String attachedDataFilterUri) {
        ShareItemView item = readableItem("getShareItemDataFilters", attachedDataFilterUri);
        return ItemDataFilterNode.of(item.itemUri(), item.filter());
    }

    @DgsQuery
    public SearchResult<TableDataFilterNode> listTableDataFiltersByAttached(
            @InputArgument String attachedDataFilterUri, @InputArgument Map<String, Object> filter) {
        ShareItemView item = readableItem("listTableDataFiltersByAttached", attachedDataFilterUri);
        Paging paging = Paging.of(filter);
        String term = paging.term() == null ? null : paging.term().toLowerCase(Locale.ROOT);
        List<TableDataFilterNode> matching = new ArrayList<>();
        for (String filterUri : item.filter().filterUris()) {
            try {
                TableDataFilterNode node = TableDataFilterNode.of(datasetReads.dataFilter(filterUri));
                if (term == null || node.label().toLowerCase(Locale.ROOT).contains(term)
                        || node.name().toLowerCase(Locale.ROOT).contains(term)) {
                    matching.add(node);
                }
            } catch (ObjectNotFound deleted) {
                // a data filter deleted since it was attached is no longer listed
            }
        }
        int from = Math.min(Page.offset(paging.page(), paging.pageSize()), matching.size());
        int to = Math.min(from + paging.pageSize(), matching.size());
        return SearchResult.of(new Page<>(matching.subList(from, to), matching.size(), paging.page(),
                paging.pageSize()), node -> node);
    }

    private ShareItemView readableItem(String action, String attachedDataFilterUri) {
        Actor actor = currentActor.get();
        ShareItemView item = reads.itemWithFilter(Inputs.required(action, "attachedDataFilterUri",
                attachedDataFilterUri));
        guards.requireToRead(actor, action, item.shareUri(), GET_SHARE_OBJECT);
        return item;
    }

    private TableDataFilterView filterOfTable(String action, String filterUri, String tableUri) {
        try {
            TableDataFilterView view = datasetReads.dataFilter(filterUri);
            if (tableUri.equals(view.tableUri())) {
                return view;
            }
        } catch (ObjectNotFound e) {
            // refused below, naming the field
        }
        throw new InvalidInput(action, "filterUris", "hold " + filterUri + ", which is no data filter of the table "
                + tableUri);
    }
}
