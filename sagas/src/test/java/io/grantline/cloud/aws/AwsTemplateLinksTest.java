package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.grantline.cloud.aws.PlatformStubs.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsTemplateLinksTest {

    static final String KEY = "templates/pivotRole.yaml";
    static final String OBJECT_PATH = "/" + BUCKET + "/" + KEY;
    static final String TEMPLATE = "Parameters:\n  ExternalId:\n    Default: 'deployment-external-id'\n";

    PlatformStubs stubs = new PlatformStubs();

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void templateIsUploadedToTheTemplatesBucket() {
        objectCanBeStored();

        new AwsTemplateLinks(stubs.clients).publish(KEY, TEMPLATE);

        stubs.aws.server.verify(putRequestedFor(urlEqualTo(OBJECT_PATH))
                .withHeader("Content-Type", equalTo("text/yaml; charset=utf-8"))
                .withRequestBody(containing("deployment-external-id")));
    }

    @Test
    void linkIsAGetObjectUrlPresignedWithThePlatformsCredentialsForTheConfiguredTime() {
        objectCanBeStored();

        URI link = URI.create(new AwsTemplateLinks(stubs.clients).publish(KEY, TEMPLATE));

        assertThat(link.getPath()).isEqualTo(OBJECT_PATH);
        assertThat(link.getQuery())
                .contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                .contains("X-Amz-Credential=AKIDPLATFORM/")
                .contains("X-Amz-Expires=900")
                .contains("X-Amz-Signature=");
    }

    @Test
    void unchangedTemplateIsUploadedOnce() {
        objectCanBeStored();
        AwsTemplateLinks links = new AwsTemplateLinks(stubs.clients);

        links.publish(KEY, TEMPLATE);
        links.publish(KEY, TEMPLATE);
        links.publish(KEY, TEMPLATE + "# changed\n");

        stubs.aws.server.verify(2, putRequestedFor(urlEqualTo(OBJECT_PATH)));
    }

    @Test
    void bucketThatRefusesTheUploadIsAccessDenied() {
        stubs.aws.server.stubFor(put(urlEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThatThrownBy(() -> new AwsTemplateLinks(stubs.clients).publish(KEY, TEMPLATE))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("AccessDenied");
    }

    @Test
    void withoutATemplatesBucketTheTemplateCannotBeFound() {
        stubs.close();
        stubs = new PlatformStubs(" ");

        assertThatThrownBy(() -> new AwsTemplateLinks(stubs.clients).publish(KEY, TEMPLATE))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("grantline.cloud.templates-bucket");
    }

    private void objectCanBeStored() {
        stubs.aws.server.stubFor(put(urlEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"")));
    }
}
