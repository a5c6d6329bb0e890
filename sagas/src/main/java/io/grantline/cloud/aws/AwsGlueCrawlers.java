package io.grantline.cloud.aws;

import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.GlueCrawlers;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Crawler;
import software.amazon.awssdk.services.glue.model.LastCrawlInfo;
import software.amazon.awssdk.services.glue.model.LastCrawlStatus;
import software.amazon.awssdk.services.glue.model.S3Target;

/**
 * The dataset's Glue crawler in the environment account, through the pivot role. A crawler that is still running
 * answers CrawlerRunningException, which comes back as a throttle: the saga retries once it has stopped.
 */
public class AwsGlueCrawlers implements GlueCrawlers {

    private final AwsDatasetClients clients;

    public AwsGlueCrawlers(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public void start(String accountId, String region, String crawlerName, String s3Location) {
        GlueClient glue = clients.glue(accountId, region);
        try {
            glue.updateCrawler(request -> request.name(crawlerName)
                    .targets(targets -> targets.s3Targets(S3Target.builder().path(s3Location).build())));
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:UpdateCrawler " + crawlerName, e);
        }
        try {
            glue.startCrawler(request -> request.name(crawlerName));
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:StartCrawler " + crawlerName, e);
        }
    }

    @Override
    public CrawlerState state(String accountId, String region, String crawlerName) {
        try {
            return state(clients.glue(accountId, region).getCrawler(request -> request.name(crawlerName)).crawler());
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetCrawler " + crawlerName, e);
        }
    }

    /**
     * RUNNING and STOPPING (writing its results) are one running crawl; once the crawler is READY again, its last
     * crawl tells how the run ended. A crawler that never crawled is still starting.
     */
    static CrawlerState state(Crawler crawler) {
        String state = crawler.stateAsString();
        if ("RUNNING".equals(state) || "STOPPING".equals(state)) {
            return new CrawlerState(RunStatus.RUNNING, null);
        }
        LastCrawlInfo lastCrawl = crawler.lastCrawl();
        if (lastCrawl == null || lastCrawl.status() == null) {
            return new CrawlerState(RunStatus.STARTING, null);
        }
        if (lastCrawl.status() == LastCrawlStatus.SUCCEEDED) {
            return new CrawlerState(RunStatus.SUCCEEDED, null);
        }
        String error = lastCrawl.errorMessage();
        if (error == null || error.isBlank()) {
            error = "The crawl ended " + lastCrawl.statusAsString();
        }
        return new CrawlerState(RunStatus.FAILED, error);
    }
}
