package io.grantline.cloud;

/** Glue crawlers: started on an S3 location, then polled until they stop. */
public interface GlueCrawlers {

    /**
     * Points the crawler at the location and starts it; {@link StackBusyException}-like retriable failures
     * (CrawlerRunningException) come back as {@link CloudThrottledException}.
     */
    void start(String accountId, String region, String crawlerName, String s3Location);

    CrawlerState state(String accountId, String region, String crawlerName);

    /** status is one of RunStatus; error is the crawler's last failure message when it FAILED. */
    record CrawlerState(String status, String error) {
    }
}
