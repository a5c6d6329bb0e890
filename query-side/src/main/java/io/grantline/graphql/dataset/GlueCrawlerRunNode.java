package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.CrawlerRunView;

/** Grantline's GlueCrawlerRun (beside data.all's GlueCrawler): a crawler run with the cause of its failure. */
public record GlueCrawlerRunNode(String crawlerRunId, String datasetUri, String crawlerName, String location,
                                 String status, String error, String startedBy, String created, String updated) {

    static GlueCrawlerRunNode of(CrawlerRunView view) {
        return new GlueCrawlerRunNode(view.crawlerRunId(), view.datasetUri(), view.crawlerName(), view.location(),
                view.status(), view.error(), view.startedBy(), view.created(), view.updated());
    }
}
