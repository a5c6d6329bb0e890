package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * The share adapters' services on the stubs' WireMock server, reached through the pivot role: Lake Formation and
 * RAM (REST-JSON, the operation in the path), S3 Control (REST-XML), and with {@link DatasetStubs} Glue, S3 and KMS,
 * and IAM (query protocol, {@link AwsStubs#action}).
 */
final class ShareStubs implements AutoCloseable {

    final DatasetStubs datasets = new DatasetStubs();
    final AwsStubs aws = datasets.aws;
    final AwsShareClients clients;
    final AwsPlatformClients platform;

    ShareStubs() {
        URI endpoint = URI.create("http://localhost:" + aws.server.port());
        clients = new AwsShareClients(datasets.accountClients, new AwsShareSettings(endpoint, endpoint, endpoint));
        platform = new AwsPlatformClients(datasets.accountClients,
                new AwsPlatformSettings(endpoint, endpoint, endpoint, "", Duration.ofMinutes(15)),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPLATFORM", "platform-secret")));
    }

    /** A call of a REST-JSON protocol (Lake Formation, RAM): a POST to the operation's path. */
    static MappingBuilder restJson(String path) {
        return post(urlEqualTo(path));
    }

    static RequestPatternBuilder calledAt(String path) {
        return postRequestedFor(urlEqualTo(path));
    }

    void answer(MappingBuilder request, String json) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    /** A REST-JSON refusal: the error type in x-amzn-ErrorType, the message in the body. */
    void fail(MappingBuilder request, int status, String type, String message) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.service/")
                .withBody("{\"message\": \"%s\", \"Message\": \"%s\"}".formatted(message, message))));
    }

    /** A REST-XML refusal of S3. */
    void failXml(MappingBuilder request, int status, String code, String message) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>%s</Code><Message>%s</Message></Error>".formatted(code, message))));
    }

    /** A REST-XML refusal of S3 Control, which wraps the error as the query protocols do. */
    void failS3Control(MappingBuilder request, int status, String code, String message) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/xml")
                .withBody("""
                        <ErrorResponse><Error><Code>%s</Code><Message>%s</Message></Error>
                          <RequestId>d0d0d0d0</RequestId><HostId>host-id</HostId></ErrorResponse>"""
                        .formatted(code, message))));
    }

    void answerXml(MappingBuilder request, String xml) {
        aws.server.stubFor(request.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(xml)));
    }

    @Override
    public void close() {
        platform.close();
        clients.close();
        datasets.close();
    }
}
