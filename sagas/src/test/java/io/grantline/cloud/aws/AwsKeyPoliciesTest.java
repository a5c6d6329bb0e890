package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.KMS;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsKeyPoliciesTest {

    static final String ALIAS = "dataall-sales-abc123";
    static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "Enable IAM User Permissions", "Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::%s:root"}, "Action": "kms:*", "Resource": "*"}]}"""
            .formatted(ACCOUNT);
    static final ObjectMapper JSON = new ObjectMapper();

    final ShareStubs stubs = new ShareStubs();
    final AwsKeyPolicies keys = new AwsKeyPolicies(stubs.datasets.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void aliasIsDescribedToTheKeyItPointsAt() {
        stubs.datasets.answer(operation(KMS + "DescribeKey").withRequestBody(equalToJson("""
                {"KeyId": "alias/%s"}""".formatted(ALIAS))), """
                {"KeyMetadata": {"AWSAccountId": "%s", "KeyId": "%s",
                  "Arn": "arn:aws:kms:%s:%s:key/%s", "Enabled": true, "KeyState": "Enabled"}}"""
                .formatted(ACCOUNT, KEY_ID, REGION, ACCOUNT, KEY_ID));

        assertThat(keys.keyIdOfAlias(ACCOUNT, REGION, ALIAS)).contains(KEY_ID);
    }

    @Test
    void aliasTheAccountDoesNotHaveHasNoKey() {
        stubs.datasets.fail(operation(KMS + "DescribeKey"), 400, "NotFoundException",
                "Alias arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/" + ALIAS + " is not found.");

        assertThat(keys.keyIdOfAlias(ACCOUNT, REGION, ALIAS)).isEqualTo(Optional.empty());
    }

    @Test
    void keyPolicyIsTheDefaultPolicyOfTheKey() {
        stubs.datasets.answer(operation(KMS + "GetKeyPolicy").withRequestBody(equalToJson("""
                {"KeyId": "%s", "PolicyName": "default"}""".formatted(KEY_ID))),
                "{\"Policy\": " + quoted(POLICY) + ", \"PolicyName\": \"default\"}");

        assertThat(keys.policy(ACCOUNT, REGION, KEY_ID)).isEqualTo(POLICY);
    }

    @Test
    void policyOfAKeyThatDoesNotExistIsNotFound() {
        stubs.datasets.fail(operation(KMS + "GetKeyPolicy"), 400, "NotFoundException", "Key is not found.");

        assertThatThrownBy(() -> keys.policy(ACCOUNT, REGION, KEY_ID))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("kms:GetKeyPolicy " + KEY_ID);
    }

    @Test
    void keyPolicyIsPutAsTheDefaultPolicy() {
        stubs.datasets.answer(operation(KMS + "PutKeyPolicy"), "{}");

        keys.putPolicy(ACCOUNT, REGION, KEY_ID, POLICY);

        stubs.aws.server.verify(called(KMS + "PutKeyPolicy").withRequestBody(equalToJson("""
                {"KeyId": "%s", "PolicyName": "default", "Policy": %s}""".formatted(KEY_ID, quoted(POLICY)))));
    }

    @Test
    void throttledKmsIsThrottled() {
        stubs.datasets.fail(operation(KMS + "PutKeyPolicy"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> keys.putPolicy(ACCOUNT, REGION, KEY_ID, POLICY))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("kms:PutKeyPolicy " + KEY_ID);
    }

    @Test
    void keyThatRefusesThePivotRoleIsAccessDenied() {
        stubs.datasets.fail(operation(KMS + "DescribeKey"), 400, "AccessDeniedException",
                "User is not authorized to perform: kms:DescribeKey");

        assertThatThrownBy(() -> keys.keyIdOfAlias(ACCOUNT, REGION, ALIAS))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
