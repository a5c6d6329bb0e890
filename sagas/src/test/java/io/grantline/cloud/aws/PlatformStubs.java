package io.grantline.cloud.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The platform's S3, SSM and IAM clients pointed at the stubs' WireMock server. */
final class PlatformStubs implements AutoCloseable {

    static final String BUCKET = "grantline-templates";
    static final Duration LINK_VALIDITY = Duration.ofMinutes(15);

    final AwsStubs aws = new AwsStubs();
    final AwsPlatformClients clients;

    PlatformStubs() {
        this(BUCKET);
    }

    PlatformStubs(String bucket) {
        URI endpoint = URI.create("http://localhost:" + aws.server.port());
        clients = new AwsPlatformClients(aws.clients,
                new AwsPlatformSettings(endpoint, endpoint, endpoint, bucket, LINK_VALIDITY),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPLATFORM", "platform-secret")));
    }

    @Override
    public void close() {
        clients.close();
        aws.close();
    }
}
