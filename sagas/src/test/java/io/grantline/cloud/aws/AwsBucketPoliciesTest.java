package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsBucketPoliciesTest {

    static final String BUCKET = "dataall-sales-abc123";
    static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "AllowAllToAdmin", "Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::%s:root"}, "Action": "s3:*",
             "Resource": ["arn:aws:s3:::%s", "arn:aws:s3:::%s/*"]}]}""".formatted(ACCOUNT, BUCKET, BUCKET);

    final ShareStubs stubs = new ShareStubs();
    final AwsBucketPolicies policies = new AwsBucketPolicies(stubs.datasets.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void policyIsReadAsItsDocumentFromTheBucketTheAccountOwns() {
        stubs.aws.server.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*"))
                .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(POLICY)));

        assertThat(policies.policy(ACCOUNT, REGION, BUCKET)).contains(POLICY);
    }

    @Test
    void bucketWithoutPolicyHasNone() {
        stubs.failXml(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*")), 404,
                "NoSuchBucketPolicy", "The bucket policy does not exist");

        assertThat(policies.policy(ACCOUNT, REGION, BUCKET)).isEqualTo(Optional.empty());
    }

    @Test
    void policyOfABucketThatDoesNotExistIsNotFound() {
        stubs.failXml(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*")), 404,
                "NoSuchBucket", "The specified bucket does not exist");

        assertThatThrownBy(() -> policies.policy(ACCOUNT, REGION, BUCKET))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("s3:GetBucketPolicy " + BUCKET);
    }

    @Test
    void policyIsPutAsItsDocumentOnTheBucketTheAccountOwns() {
        stubs.aws.server.stubFor(put(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*"))
                .willReturn(aResponse().withStatus(204)));

        policies.putPolicy(ACCOUNT, REGION, BUCKET, POLICY);

        stubs.aws.server.verify(putRequestedFor(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*"))
                .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT))
                .withRequestBody(equalToJson(POLICY)));
    }

    @Test
    void policyLeftWithoutStatementsIsDeletedAsS3RefusesAnEmptyOne() {
        stubs.aws.server.stubFor(delete(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*"))
                .willReturn(aResponse().withStatus(204)));

        policies.putPolicy(ACCOUNT, REGION, BUCKET, "{\"Version\": \"2012-10-17\", \"Statement\": []}");

        stubs.aws.server.verify(deleteRequestedFor(urlPathEqualTo("/" + BUCKET))
                .withQueryParam("policy", matching(".*"))
                .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT)));
        stubs.aws.server.verify(0, putRequestedFor(urlPathEqualTo("/" + BUCKET)));
    }

    @Test
    void s3AskingToSlowDownIsThrottled() {
        stubs.failXml(put(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*")), 503, "SlowDown",
                "Please reduce your request rate.");

        assertThatThrownBy(() -> policies.putPolicy(ACCOUNT, REGION, BUCKET, POLICY))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("s3:PutBucketPolicy " + BUCKET);
    }

    @Test
    void policyS3FindsMalformedIsRefused() {
        stubs.failXml(put(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*")), 400,
                "MalformedPolicy", "Policy has invalid resource");

        assertThatThrownBy(() -> policies.putPolicy(ACCOUNT, REGION, BUCKET, POLICY))
                .hasMessageContaining("Policy has invalid resource")
                .isNotInstanceOf(CloudThrottledException.class);
    }

    @Test
    void bucketOfAnotherAccountIsAccessDenied() {
        stubs.failXml(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("policy", matching(".*")), 403,
                "AccessDenied", "Access Denied");

        assertThatThrownBy(() -> policies.policy(ACCOUNT, REGION, BUCKET))
                .isInstanceOf(CloudAccessDeniedException.class);
    }
}
