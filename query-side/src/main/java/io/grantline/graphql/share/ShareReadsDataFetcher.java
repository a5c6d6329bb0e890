package io.grantline.graphql.share;

import static io.grantline.api.permission.SharePermissions.GET_SHARE_OBJECT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindDataset;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareQueries.ListShareLogs;
import io.grantline.api.share.ShareQueries.ListShares;
import io.grantline.api.share.ShareQueries.ShareLogView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;

/** Reading shares: one share, the requests to and from the caller's teams, and the share processor's logs. */
@DgsComponent
public class ShareReadsDataFetcher {

    /** What data.all calls the check of getShareLogs in its refusal. */
    static final String VIEW_SHARE_LOGS = "View Share Logs";

    private final CurrentActor currentActor;
    private final ShareGuards guards;
    private final ShareReads reads;
    private final Queries queries;

    public ShareReadsDataFetcher(CurrentActor currentActor, ShareGuards guards, ShareReads reads, Queries queries) {
        this.currentActor = currentActor;
        this.guards = guards;
        this.reads = reads;
        this.queries = queries;
    }

    @DgsQuery
    public ShareObjectNode getShareObject(@InputArgument String shareUri) {
        ShareView share = guards.requireToRead(currentActor.get(), "getShareObject", shareUri, GET_SHARE_OBJECT);
        return ShareObjectNode.of(share, false);
    }

    /** The requests for datasets the caller's teams own or steward. */
    @DgsQuery
    public SearchResult<ShareObjectNode> getShareRequestsToMe(@InputArgument Map<String, Object> filter) {
        return shares(filter, false);
    }

    /** The requests of the caller's teams, or that the caller made. */
    @DgsQuery
    public SearchResult<ShareObjectNode> getShareRequestsFromMe(@InputArgument Map<String, Object> filter) {
        return shares(filter, true);
    }

    @DgsQuery
    public List<ShareLogView> getShareLogs(@InputArgument String shareUri) {
        Actor actor = currentActor.get();
        ShareView share = reads.share(Inputs.required("getShareLogs", "shareUri", shareUri));
        DatasetView dataset = queries.ask(new FindDataset(share.dataset().datasetUri()), DatasetView.class);
        if (!ShareRoles.mayViewLogs(share, dataset, actor)) {
            throw new UnauthorizedOperation(actor.username(), VIEW_SHARE_LOGS, share.shareUri());
        }
        return reads.list(new ListShareLogs(share.shareUri()));
    }

    private SearchResult<ShareObjectNode> shares(Map<String, Object> filter, boolean fromMe) {
        Actor actor = currentActor.get();
        Paging paging = Paging.of(filter);
        Map<String, Object> sort = firstSort(filter);
        Page<ShareView> page = reads.page(new ListShares(actor.username(), actor.groups(), fromMe, paging.term(),
                Inputs.strings(filter, "status"), Inputs.strings(filter, "datasets_uris"),
                Inputs.strings(filter, "dataset_owners"), Inputs.strings(filter, "share_requesters"),
                Inputs.strings(filter, "share_iam_principals"), Inputs.string(sort, "field"),
                Inputs.string(sort, "direction"), paging.page(), paging.pageSize()));
        return SearchResult.of(page, view -> ShareObjectNode.of(view, false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstSort(Map<String, Object> filter) {
        Object sort = filter == null ? null : filter.get("sort");
        return sort instanceof List<?> criteria && !criteria.isEmpty() && criteria.get(0) instanceof Map<?, ?> first
                ? (Map<String, Object>) first : null;
    }
}
