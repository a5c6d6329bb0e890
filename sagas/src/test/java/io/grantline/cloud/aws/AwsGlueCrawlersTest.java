package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.GLUE;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.GlueCrawlers.CrawlerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsGlueCrawlersTest {

    static final String CRAWLER = "dataall-sales-abc123";
    static final String LOCATION = "s3://dataall-sales-abc123/raw";

    final DatasetStubs stubs = new DatasetStubs();
    final AwsGlueCrawlers crawlers = new AwsGlueCrawlers(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void crawlerIsPointedAtTheLocationThenStarted() {
        stubs.answer(operation(GLUE + "UpdateCrawler"), "{}");
        stubs.answer(operation(GLUE + "StartCrawler"), "{}");

        crawlers.start(ACCOUNT, REGION, CRAWLER, LOCATION);

        stubs.aws.server.verify(called(GLUE + "UpdateCrawler").withRequestBody(equalToJson("""
                {"Name": "%s", "Targets": {"S3Targets": [{"Path": "%s"}]}}""".formatted(CRAWLER, LOCATION))));
        stubs.aws.server.verify(called(GLUE + "StartCrawler").withRequestBody(equalToJson("""
                {"Name": "%s"}""".formatted(CRAWLER))));
    }

    @Test
    void crawlerStillRunningIsRetriable() {
        stubs.fail(operation(GLUE + "UpdateCrawler"), 400, "CrawlerRunningException",
                "Crawler with name " + CRAWLER + " has already started");

        assertThatThrownBy(() -> crawlers.start(ACCOUNT, REGION, CRAWLER, LOCATION))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("has already started");
        stubs.aws.server.verify(0, called(GLUE + "StartCrawler"));
    }

    @Test
    void crawlerGlueDoesNotKnowIsNotFound() {
        stubs.fail(operation(GLUE + "UpdateCrawler"), 400, "EntityNotFoundException",
                "Crawler entry with name " + CRAWLER + " does not exist");

        assertThatThrownBy(() -> crawlers.start(ACCOUNT, REGION, CRAWLER, LOCATION))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void throttledStartIsThrottled() {
        stubs.answer(operation(GLUE + "UpdateCrawler"), "{}");
        stubs.fail(operation(GLUE + "StartCrawler"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> crawlers.start(ACCOUNT, REGION, CRAWLER, LOCATION))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("glue:StartCrawler");
    }

    @Test
    void crawlerThatIsCrawlingIsRunning() {
        crawlerIs("RUNNING", "");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER)).isEqualTo(new CrawlerState(RunStatus.RUNNING, null));
    }

    @Test
    void crawlerWritingItsResultsIsStillRunning() {
        crawlerIs("STOPPING", "");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER)).isEqualTo(new CrawlerState(RunStatus.RUNNING, null));
    }

    @Test
    void readyCrawlerWhoseLastCrawlSucceededSucceeded() {
        crawlerIs("READY", """
                , "LastCrawl": {"Status": "SUCCEEDED", "StartTime": 1.7648928E9}""");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER))
                .isEqualTo(new CrawlerState(RunStatus.SUCCEEDED, null));
    }

    @Test
    void readyCrawlerWhoseLastCrawlFailedFailedWithGluesMessage() {
        crawlerIs("READY", """
                , "LastCrawl": {"Status": "FAILED", "ErrorMessage": "Service Principal: glue.amazonaws.com is not authorized to perform: s3:GetObject"}""");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER)).isEqualTo(new CrawlerState(RunStatus.FAILED,
                "Service Principal: glue.amazonaws.com is not authorized to perform: s3:GetObject"));
    }

    @Test
    void cancelledCrawlFailed() {
        crawlerIs("READY", """
                , "LastCrawl": {"Status": "CANCELLED"}""");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER))
                .isEqualTo(new CrawlerState(RunStatus.FAILED, "The crawl ended CANCELLED"));
    }

    @Test
    void crawlerThatNeverCrawledIsStarting() {
        crawlerIs("READY", "");

        assertThat(crawlers.state(ACCOUNT, REGION, CRAWLER)).isEqualTo(new CrawlerState(RunStatus.STARTING, null));
    }

    @Test
    void stateOfACrawlerGlueDoesNotKnowIsNotFound() {
        stubs.fail(operation(GLUE + "GetCrawler"), 400, "EntityNotFoundException",
                "Crawler entry with name " + CRAWLER + " does not exist");

        assertThatThrownBy(() -> crawlers.state(ACCOUNT, REGION, CRAWLER))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    private void crawlerIs(String state, String lastCrawl) {
        stubs.answer(operation(GLUE + "GetCrawler").withRequestBody(equalToJson("""
                {"Name": "%s"}""".formatted(CRAWLER))), """
                {"Crawler": {"Name": "%s", "State": "%s"%s}}""".formatted(CRAWLER, state, lastCrawl));
    }
}
