package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.CrawlerRunView;
import io.grantline.api.dataset.DatasetQueries.FindLatestCrawlerRun;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Queries;

/**
 * Grantline's getGlueCrawlerRun: data.all's startGlueCrawler answers only the crawler's status, so a failed crawl
 * would leave its cause unseen.
 */
@DgsComponent
public class GlueCrawlerRunDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Queries queries;
    private final DatasetReads reads;

    public GlueCrawlerRunDataFetcher(CurrentActor currentActor, Authorizer authorizer, Queries queries,
                                     DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.queries = queries;
        this.reads = reads;
    }

    /** The dataset's newest crawler run, null when it was never crawled; an unknown dataset is named as such. */
    @DgsQuery
    public GlueCrawlerRunNode getGlueCrawlerRun(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri("getGlueCrawlerRun", "datasetUri", datasetUri);
        reads.dataset(uri);
        authorizer.requireResource(actor, uri, GET_DATASET);
        CrawlerRunView run = queries.ask(new FindLatestCrawlerRun(uri), CrawlerRunView.class);
        return run == null ? null : GlueCrawlerRunNode.of(run);
    }
}
