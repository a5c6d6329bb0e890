package io.grantline.integration.eventbridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.grantline.integration.CloudEventEnvelope;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * EventBridge as its JSON 1.1 protocol speaks: POST / with X-Amz-Target AWSEvents.PutEvents, answers and errors as
 * JSON. The publisher under test runs a real SDK client pointed at it.
 */
final class EventBridgeStub implements AutoCloseable {

    static final String BUS = "grantline-bus";
    static final String SOURCE = "grantline.test";
    static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final EventBridgeSettings settings;
    final EventBridgePublisher publisher;

    EventBridgeStub() {
        server.start();
        settings = new EventBridgeSettings(BUS, "eu-west-1", SOURCE, URI.create("http://localhost:" + server.port()));
        publisher = new EventBridgePublisher(EventBridgeClients.create(settings,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPLATFORM", "platform-secret"))),
                settings, new CloudEventEnvelope());
    }

    static MappingBuilder putEvents() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"));
    }

    /** Every entry accepted. */
    void accepts() {
        server.stubFor(putEvents().willReturn(accepted()));
    }

    /** The first call answered with the response, every later one accepted. */
    void firstAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        server.stubFor(putEvents().inScenario("first call").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered"));
        server.stubFor(putEvents().inScenario("first call").whenScenarioStateIs("answered")
                .willReturn(accepted()));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted() {
        // EventBridge answers one result entry per request entry; the publisher reads only FailedEntryCount for
        // success, so one entry stands for them all here
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"11710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder secondEntryFailed() {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody("""
                {"FailedEntryCount":1,"Entries":[{"EventId":"a1"},
                 {"ErrorCode":"InternalFailure","ErrorMessage":"Internal service error"}]}""");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String type) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + type + "\"}");
    }

    List<LoggedRequest> calls() {
        return server.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents")));
    }

    /** The entries of every call, in order. */
    List<JsonNode> entries() {
        List<JsonNode> entries = new ArrayList<>();
        for (LoggedRequest call : calls()) {
            body(call).get("Entries").forEach(entries::add);
        }
        return entries;
    }

    static JsonNode body(LoggedRequest call) {
        try {
            return JSON.readTree(call.getBodyAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode detail(JsonNode entry) {
        try {
            return JSON.readTree(entry.get("Detail").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
