package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The dataset adapters' S3 (REST/XML), KMS, Glue and Athena (JSON 1.1, the operation in X-Amz-Target) on the
 * stubs' WireMock server, reached through the pivot role.
 */
final class DatasetStubs implements AutoCloseable {

    static final String GLUE = "AWSGlue.";
    static final String KMS = "TrentService.";
    static final String ATHENA = "AmazonAthena.";
    static final int QUERY_MAX_POLLS = 3;

    // no rule here is about timeouts: a first call that loads the SDK's classes on a busy machine must not fail
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    final AwsStubs aws = new AwsStubs();
    final AwsClients accountClients;
    final AwsDatasetClients clients;

    DatasetStubs() {
        URI endpoint = URI.create("http://localhost:" + aws.server.port());
        accountClients = new AwsClients(new AwsCloudSettings(AwsStubs.REGION, endpoint, endpoint, null, CALL_TIMEOUT,
                1, "grantline"), AwsStubs.PIVOT_ROLE,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPLATFORM", "platform-secret")));
        clients = new AwsDatasetClients(accountClients, new AwsDatasetSettings(endpoint, endpoint, endpoint,
                endpoint, null, Duration.ZERO, QUERY_MAX_POLLS, null));
        aws.pivotRoleCanBeAssumed();
    }

    /** A call of the JSON protocol: the service prefix and operation, e.g. {@code GLUE + "GetTables"}. */
    static MappingBuilder operation(String target) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    static RequestPatternBuilder called(String target) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    void answer(MappingBuilder request, String json) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json)));
    }

    void fail(MappingBuilder request, int status, String type, String message) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\": \"%s\", \"Message\": \"%s\"}".formatted(type, message))));
    }

    @Override
    public void close() {
        clients.close();
        accountClients.close();
        aws.close();
    }
}
