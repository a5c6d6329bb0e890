package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsPlatformParametersTest {

    static final String NAME = "/dataall/prod/quicksightmonitoring/DashboardId";

    final PlatformStubs stubs = new PlatformStubs();
    final AwsPlatformParameters parameters = new AwsPlatformParameters(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void parameterIsOverwrittenAsAStringAndItsNewVersionAnswered() {
        answer(200, """
                {"Version": 3, "Tier": "Standard"}""");

        assertThat(parameters.put(NAME, "dashboard-1")).isEqualTo(3);
        stubs.aws.server.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonSSM.PutParameter"))
                .withRequestBody(equalToJson("""
                        {"Name": "%s", "Value": "dashboard-1", "Type": "String", "Overwrite": true}"""
                        .formatted(NAME))));
    }

    @Test
    void parameterStoreRefusingTheCallerIsAccessDenied() {
        answer(400, """
                {"__type": "AccessDeniedException", "message": "not authorized to perform: ssm:PutParameter"}""");

        assertThatThrownBy(() -> parameters.put(NAME, "dashboard-1"))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("ssm:PutParameter " + NAME);
    }

    @Test
    void parameterStoreRejectingTheParameterFailsTheRequest() {
        answer(400, """
                {"__type": "ParameterLimitExceeded", "message": "You have exceeded the number of parameters"}""");

        assertThatThrownBy(() -> parameters.put(NAME, "dashboard-1"))
                .isInstanceOf(CloudRequestFailedException.class)
                .hasMessageContaining("ParameterLimitExceeded");
    }

    private void answer(int status, String json) {
        MappingBuilder putParameter = post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonSSM.PutParameter"));
        stubs.aws.server.stubFor(putParameter.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json)));
    }
}
