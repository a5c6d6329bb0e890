package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.grantline.cloud.PivotRole;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** STS and CloudFormation as their query protocol speaks: form-encoded requests, XML answers and errors. */
final class AwsStubs implements AutoCloseable {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final PivotRole PIVOT_ROLE = new PivotRole("dataallPivotRole-cdk", "deployment-external-id");
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final AwsClients clients;

    AwsStubs() {
        server.start();
        URI endpoint = URI.create("http://localhost:" + server.port());
        AwsCloudSettings settings = new AwsCloudSettings(REGION, endpoint, endpoint,
                URI.create(endpoint + "/federation"), CALL_TIMEOUT, 1, "grantline");
        clients = new AwsClients(settings, PIVOT_ROLE,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPLATFORM", "platform-secret")));
    }

    /** A POST of the query protocol carrying the given action. */
    static MappingBuilder action(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    void answer(MappingBuilder request, String xml) {
        server.stubFor(request.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(xml)));
    }

    void fail(MappingBuilder request, int status, String code, String message) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withBody("""
                        <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                          <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
                          <RequestId>b0b0b0b0-0000-0000-0000-000000000000</RequestId>
                        </ErrorResponse>""".formatted(code, message))));
    }

    void pivotRoleCanBeAssumed() {
        answer(action("AssumeRole").withRequestBody(containing("ExternalId=" + PIVOT_ROLE.externalId())),
                assumedRole("ASIAPIVOT", PIVOT_ROLE.arnIn(ACCOUNT)));
    }

    static String assumedRole(String accessKeyId, String roleArn) {
        return """
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <Credentials>
                      <AccessKeyId>%s</AccessKeyId>
                      <SecretAccessKey>secret-of-%s</SecretAccessKey>
                      <SessionToken>token-of-%s</SessionToken>
                      <Expiration>2030-01-01T00:00:00Z</Expiration>
                    </Credentials>
                    <AssumedRoleUser>
                      <Arn>%s</Arn>
                      <AssumedRoleId>AROAEXAMPLE:grantline</AssumedRoleId>
                    </AssumedRoleUser>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>a0a0a0a0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </AssumeRoleResponse>""".formatted(accessKeyId, accessKeyId, accessKeyId, roleArn);
    }

    @Override
    public void close() {
        clients.close();
        server.stop();
    }
}
