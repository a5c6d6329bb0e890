package io.grantline.graphql.history;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.history.HistoryQueries.GovernanceHistoryPage;
import io.grantline.api.history.HistoryQueries.ListGovernanceHistory;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.time.Instant;
import java.util.Map;

/** governanceHistory: a resource's events, newest first, for those who may read the resource (or admins). */
@DgsComponent
public class GovernanceHistoryDataFetcher {

    private static final String ACTION = "governanceHistory";

    private final CurrentActor currentActor;
    private final HistoryAccess access;
    private final Queries queries;

    public GovernanceHistoryDataFetcher(CurrentActor currentActor, HistoryAccess access, Queries queries) {
        this.currentActor = currentActor;
        this.access = access;
        this.queries = queries;
    }

    @DgsQuery
    public SearchResult<GovernanceEventNode> governanceHistory(@InputArgument String resourceUri,
                                                               @InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        String uri = Inputs.required(ACTION, "resourceUri", resourceUri);
        Map<String, Object> given = filter == null ? Map.of() : filter;
        int page = HistoryInputs.page(ACTION, given.get("page"));
        int pageSize = HistoryInputs.pageSize(ACTION, given.get("pageSize"));
        Instant from = HistoryInputs.instant(ACTION, "from", given.get("from"));
        Instant to = HistoryInputs.instant(ACTION, "to", given.get("to"));
        HistoryInputs.requireOrdered(ACTION, from, to);
        access.requireReadable(actor, uri);
        GovernanceHistoryPage result = queries.ask(new ListGovernanceHistory(uri, from, to,
                Inputs.strings(given, "actions"), Inputs.string(given, "actor"), Inputs.string(given,
                "correlationId"), page, pageSize), GovernanceHistoryPage.class);
        return SearchResult.of(result.page(), GovernanceEventNode::of);
    }
}
