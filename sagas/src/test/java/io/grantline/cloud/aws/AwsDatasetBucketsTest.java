package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsDatasetBucketsTest {

    static final String BUCKET = "dataall-sales-abc123";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    final DatasetStubs stubs = new DatasetStubs();
    final AwsDatasetBuckets buckets = new AwsDatasetBuckets(stubs.clients, CLOCK);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void bucketTheAccountOwnsExists() {
        stubs.aws.server.stubFor(head(urlPathEqualTo("/" + BUCKET))
                .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT))
                .willReturn(aResponse().withStatus(200)));

        assertThat(buckets.bucketExists(ACCOUNT, REGION, BUCKET)).isTrue();
    }

    @Test
    void bucketS3DoesNotKnowDoesNotExist() {
        stubs.aws.server.stubFor(head(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(404)));

        assertThat(buckets.bucketExists(ACCOUNT, REGION, BUCKET)).isFalse();
    }

    @Test
    void bucketOfAnotherAccountIsAccessDenied() {
        stubs.aws.server.stubFor(head(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> buckets.bucketExists(ACCOUNT, REGION, BUCKET))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("another account than " + ACCOUNT);
    }

    @Test
    void folderIsAnEmptyObjectWhoseKeyEndsWithASlash() {
        stubs.aws.server.stubFor(put(urlEqualTo("/" + BUCKET + "/raw/orders/")).willReturn(aResponse()
                .withStatus(200).withHeader("ETag", "\"d41d8cd98f00b204e9800998ecf8427e\"")));

        buckets.createPrefix(ACCOUNT, REGION, BUCKET, "raw/orders");

        stubs.aws.server.verify(putRequestedFor(urlEqualTo("/" + BUCKET + "/raw/orders/"))
                .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT))
                // the SDK sends the body aws-chunked with a trailing checksum: the object's own length is this one
                .withHeader("x-amz-decoded-content-length", equalTo("0")));
    }

    @Test
    void objectIsReadAsText() {
        stubs.aws.server.stubFor(get(urlEqualTo("/" + BUCKET + "/profiling/results/run1.json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"table_nb_rows\": 3, \"columns\": []}")));

        assertThat(buckets.readObject(ACCOUNT, REGION, BUCKET, "profiling/results/run1.json"))
                .isEqualTo("{\"table_nb_rows\": 3, \"columns\": []}");
    }

    @Test
    void objectThatDoesNotExistIsNotFound() {
        stubs.aws.server.stubFor(get(urlEqualTo("/" + BUCKET + "/profiling/results/run1.json"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                        .withBody("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist."
                                + "</Message></Error>")));

        assertThatThrownBy(() -> buckets.readObject(ACCOUNT, REGION, BUCKET, "profiling/results/run1.json"))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("s3://" + BUCKET + "/profiling/results/run1.json");
    }

    @Test
    void objectOfABucketThatDoesNotExistIsNotFound() {
        stubs.aws.server.stubFor(get(urlEqualTo("/" + BUCKET + "/profiling/results/run1.json"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                        .withBody("<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist"
                                + "</Message></Error>")));

        assertThatThrownBy(() -> buckets.readObject(ACCOUNT, REGION, BUCKET, "profiling/results/run1.json"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void s3AskingToSlowDownIsThrottled() {
        stubs.aws.server.stubFor(put(urlEqualTo("/" + BUCKET + "/raw/")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")));

        assertThatThrownBy(() -> buckets.createPrefix(ACCOUNT, REGION, BUCKET, "raw/"))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("Please reduce your request rate");
    }

    @Test
    void bucketThatRefusesThePivotRoleIsAccessDenied() {
        stubs.aws.server.stubFor(put(urlEqualTo("/" + BUCKET + "/raw/")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThatThrownBy(() -> buckets.createPrefix(ACCOUNT, REGION, BUCKET, "raw"))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void presignedPostGoesToTheBucketsRegionalAddress() throws Exception {
        try (AwsDatasetClients awsAddressed = new AwsDatasetClients(stubs.accountClients, new AwsDatasetSettings(null,
                null, null, null, null, Duration.ZERO, 1, null))) {
            JsonNode post = JSON.readTree(new AwsDatasetBuckets(awsAddressed, CLOCK)
                    .presignedPost(ACCOUNT, REGION, BUCKET, "raw/orders.csv"));

            assertThat(post.get("url").asText()).isEqualTo("https://" + BUCKET + ".s3." + REGION + ".amazonaws.com/");
        }
    }

    @Test
    void presignedPostFieldsAreSignedWithThePivotRolesSession() throws Exception {
        JsonNode fields = JSON.readTree(buckets.presignedPost(ACCOUNT, REGION, BUCKET, "raw/orders.csv"))
                .get("fields");

        assertThat(fields.get("key").asText()).isEqualTo("raw/orders.csv");
        assertThat(fields.get("x-amz-algorithm").asText()).isEqualTo("AWS4-HMAC-SHA256");
        assertThat(fields.get("x-amz-credential").asText()).isEqualTo("ASIAPIVOT/20261129/eu-west-1/s3/aws4_request");
        assertThat(fields.get("x-amz-date").asText()).isEqualTo("20261129T100000Z");
        assertThat(fields.get("x-amz-security-token").asText()).isEqualTo("token-of-ASIAPIVOT");
    }

    @Test
    void presignedPostPolicyLimitsTheUploadToTheKeyForFifteenMinutes() throws Exception {
        JsonNode fields = JSON.readTree(buckets.presignedPost(ACCOUNT, REGION, BUCKET, "raw/orders.csv"))
                .get("fields");
        JsonNode policy = JSON.readTree(new String(Base64.getDecoder().decode(fields.get("policy").asText()),
                StandardCharsets.UTF_8));

        assertThat(policy).isEqualTo(JSON.readTree("""
                {"expiration": "2026-11-29T10:15:00Z",
                 "conditions": [{"bucket": "dataall-sales-abc123"}, {"key": "raw/orders.csv"},
                                {"x-amz-algorithm": "AWS4-HMAC-SHA256"},
                                {"x-amz-credential": "ASIAPIVOT/20261129/eu-west-1/s3/aws4_request"},
                                {"x-amz-date": "20261129T100000Z"},
                                {"x-amz-security-token": "token-of-ASIAPIVOT"}]}"""));
    }

    @Test
    void presignedPostSignatureIsTheHmacOfThePolicyWithTheDaysSigningKey() throws Exception {
        JsonNode fields = JSON.readTree(buckets.presignedPost(ACCOUNT, REGION, BUCKET, "raw/orders.csv"))
                .get("fields");

        // computed apart from this code, with Python's hmac over the same policy and secret-of-ASIAPIVOT
        assertThat(fields.get("x-amz-signature").asText())
                .isEqualTo("73dd1a77c15fec52ca2a2a919c7830a6a4a9f43933a0d5f430b23a59490d2db4");
    }

    @Test
    void presignedPostWithoutThePivotRoleIsAccessDenied() {
        stubs.aws.server.resetMappings();
        stubs.aws.fail(action("AssumeRole"), 403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> buckets.presignedPost(ACCOUNT, REGION, BUCKET, "raw/orders.csv"))
                .isInstanceOf(CloudAccessDeniedException.class);
    }
}
