package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.KMS;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudThrottledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsKmsAliasesTest {

    final DatasetStubs stubs = new DatasetStubs();
    final AwsKmsAliases aliases = new AwsKmsAliases(stubs.clients);

    @BeforeEach
    void twoPagesOfAliases() {
        stubs.answer(operation(KMS + "ListAliases").withRequestBody(notContaining("Marker")), """
                {"Aliases": [%s, %s], "Truncated": true, "NextMarker": "page-2"}"""
                .formatted(alias("aws/s3"), alias("dataall-sales-abc123")));
        stubs.answer(operation(KMS + "ListAliases").withRequestBody(matchingJsonPath("$.Marker",
                equalTo("page-2"))), """
                {"Aliases": [%s], "Truncated": false}""".formatted(alias("finance-key")));
    }

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void aliasOnTheFirstPageExists() {
        assertThat(aliases.aliasExists(ACCOUNT, REGION, "dataall-sales-abc123")).isTrue();
    }

    @Test
    void aliasOnALaterPageExists() {
        assertThat(aliases.aliasExists(ACCOUNT, REGION, "finance-key")).isTrue();
    }

    @Test
    void aliasTheAccountDoesNotHaveDoesNotExist() {
        assertThat(aliases.aliasExists(ACCOUNT, REGION, "unknown-key")).isFalse();
    }

    @Test
    void aliasIsComparedWholeNotByPrefix() {
        assertThat(aliases.aliasExists(ACCOUNT, REGION, "finance")).isFalse();
    }

    @Test
    void kmsRefusingToListIsAccessDenied() {
        stubs.aws.server.resetMappings();
        stubs.aws.pivotRoleCanBeAssumed();
        stubs.fail(operation(KMS + "ListAliases"), 400, "AccessDeniedException",
                "not authorized to perform: kms:ListAliases");

        assertThatThrownBy(() -> aliases.aliasExists(ACCOUNT, REGION, "finance-key"))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("kms:ListAliases");
    }

    @Test
    void throttledKmsIsThrottled() {
        stubs.aws.server.resetMappings();
        stubs.aws.pivotRoleCanBeAssumed();
        stubs.fail(operation(KMS + "ListAliases"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> aliases.aliasExists(ACCOUNT, REGION, "finance-key"))
                .isInstanceOf(CloudThrottledException.class);
    }

    private static String alias(String name) {
        return """
                {"AliasName": "alias/%s", "AliasArn": "arn:aws:kms:%s:%s:alias/%s", "TargetKeyId": "1234abcd"}"""
                .formatted(name, REGION, ACCOUNT, name);
    }
}
