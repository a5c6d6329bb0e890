package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.IamPrincipal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsManagedPoliciesTest {

    static final String NAME = "dataall-env-env1-share-policy-analytics-consumer";
    static final String ARN = "arn:aws:iam::" + ACCOUNT + ":policy/" + NAME;
    static final String DOCUMENT = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "AccessPointsRead", "Effect": "Allow",
             "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:eu-west-1:444455556666:accesspoint/sales/*"]}]}""";
    static final String CHANGED = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "AccessPointsRead", "Effect": "Allow",
             "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:eu-west-1:444455556666:accesspoint/hr/*"]}]}""";
    static final IamPrincipal ROLE = new IamPrincipal(IamPrincipal.Type.ROLE, "analytics-consumer");
    static final IamPrincipal USER = new IamPrincipal(IamPrincipal.Type.USER, "etl-user");

    final ShareStubs stubs = new ShareStubs();
    final AwsManagedPolicies policies = new AwsManagedPolicies(stubs.platform);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void documentIsTheDefaultVersionDecoded() {
        policyExists("v3");
        stubs.aws.answer(action("GetPolicyVersion").withFormParam("PolicyArn", equalTo(ARN))
                .withFormParam("VersionId", equalTo("v3")), version("v3", DOCUMENT));

        assertThat(policies.document(ACCOUNT, NAME)).hasValueSatisfying(document ->
                assertThat(document).isEqualTo(DOCUMENT));
    }

    @Test
    void policyIamDoesNotKnowHasNoDocument() {
        policyDoesNotExist();

        assertThat(policies.document(ACCOUNT, NAME)).isEqualTo(Optional.empty());
    }

    @Test
    void missingPolicyIsCreatedWithTheDocument() {
        policyDoesNotExist();
        stubs.aws.answer(action("CreatePolicy"), policy("CreatePolicy", "v1"));

        policies.save(ACCOUNT, NAME, DOCUMENT);

        stubs.aws.server.verify(called("CreatePolicy").withFormParam("PolicyName", equalTo(NAME))
                .withFormParam("PolicyDocument", equalToJson(DOCUMENT)));
        stubs.aws.server.verify(0, called("CreatePolicyVersion"));
    }

    @Test
    void policyWithTheSameDocumentIsLeftAsItIs() {
        policyExists("v3");
        stubs.aws.answer(action("GetPolicyVersion"), version("v3", DOCUMENT.replace("\n", "")));

        policies.save(ACCOUNT, NAME, DOCUMENT);

        stubs.aws.server.verify(0, called("CreatePolicyVersion"));
        stubs.aws.server.verify(0, called("CreatePolicy"));
    }

    @Test
    void changedDocumentBecomesTheDefaultVersion() {
        policyExists("v2");
        stubs.aws.answer(action("GetPolicyVersion"), version("v2", DOCUMENT));
        stubs.aws.answer(action("ListPolicyVersions"), versions("v2", "v1", "v2"));
        stubs.aws.answer(action("CreatePolicyVersion"), created("v3"));

        policies.save(ACCOUNT, NAME, CHANGED);

        stubs.aws.server.verify(called("CreatePolicyVersion").withFormParam("PolicyArn", equalTo(ARN))
                .withFormParam("PolicyDocument", equalToJson(CHANGED))
                .withFormParam("SetAsDefault", equalTo("true")));
        stubs.aws.server.verify(0, called("DeletePolicyVersion"));
    }

    @Test
    void policyWithFiveVersionsDropsItsOldestNonDefaultVersionFirst() {
        policyExists("v1");
        stubs.aws.answer(action("GetPolicyVersion"), version("v1", DOCUMENT));
        stubs.aws.answer(action("ListPolicyVersions"), versions("v1", "v5", "v4", "v3", "v2", "v1"));
        stubs.aws.answer(action("DeletePolicyVersion"), response("DeletePolicyVersion", ""));
        stubs.aws.answer(action("CreatePolicyVersion"), created("v6"));

        policies.save(ACCOUNT, NAME, CHANGED);

        stubs.aws.server.verify(called("DeletePolicyVersion").withFormParam("PolicyArn", equalTo(ARN))
                .withFormParam("VersionId", equalTo("v2")));
        stubs.aws.server.verify(1, called("DeletePolicyVersion"));
        stubs.aws.server.verify(called("CreatePolicyVersion").withFormParam("SetAsDefault", equalTo("true")));
    }

    @Test
    void policyCreatedMeanwhileGetsTheDocumentAsItsDefaultVersion() {
        policyDoesNotExist();
        stubs.aws.fail(action("CreatePolicy"), 409, "EntityAlreadyExists",
                "A policy called " + NAME + " already exists. Duplicate names are not allowed.");
        stubs.aws.answer(action("ListPolicyVersions"), versions("v1", "v1"));
        stubs.aws.answer(action("CreatePolicyVersion"), created("v2"));

        policies.save(ACCOUNT, NAME, DOCUMENT);

        stubs.aws.server.verify(called("CreatePolicyVersion").withFormParam("PolicyDocument", equalToJson(DOCUMENT))
                .withFormParam("SetAsDefault", equalTo("true")));
    }

    @Test
    void policyIsAttachedToTheRoleByArn() {
        stubs.aws.answer(action("AttachRolePolicy"), response("AttachRolePolicy", ""));

        policies.attach(ACCOUNT, ROLE, NAME);

        stubs.aws.server.verify(called("AttachRolePolicy").withFormParam("RoleName", equalTo("analytics-consumer"))
                .withFormParam("PolicyArn", equalTo(ARN)));
    }

    @Test
    void policyIsAttachedToTheUserByArn() {
        stubs.aws.answer(action("AttachUserPolicy"), response("AttachUserPolicy", ""));

        policies.attach(ACCOUNT, USER, NAME);

        stubs.aws.server.verify(called("AttachUserPolicy").withFormParam("UserName", equalTo("etl-user"))
                .withFormParam("PolicyArn", equalTo(ARN)));
    }

    @Test
    void attachingToARoleThatDoesNotExistIsNotFound() {
        stubs.aws.fail(action("AttachRolePolicy"), 404, "NoSuchEntity",
                "The role with name analytics-consumer cannot be found.");

        assertThatThrownBy(() -> policies.attach(ACCOUNT, ROLE, NAME))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("iam:AttachRolePolicy " + ARN);
    }

    @Test
    void throttledIamIsThrottled() {
        stubs.aws.fail(action("GetPolicy"), 400, "Throttling", "Rate exceeded");

        assertThatThrownBy(() -> policies.save(ACCOUNT, NAME, DOCUMENT))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("iam:GetPolicy " + ARN);
    }

    void policyExists(String defaultVersion) {
        stubs.aws.answer(action("GetPolicy").withFormParam("PolicyArn", equalTo(ARN)),
                policy("GetPolicy", defaultVersion));
    }

    void policyDoesNotExist() {
        stubs.aws.fail(action("GetPolicy"), 404, "NoSuchEntity", "Policy " + ARN + " was not found.");
    }

    static RequestPatternBuilder called(String action) {
        return postRequestedFor(urlEqualTo("/")).withFormParam("Action", equalTo(action));
    }

    static String policy(String action, String defaultVersion) {
        return response(action, """
                <Policy><PolicyName>%s</PolicyName><Arn>%s</Arn><PolicyId>ANPAEXAMPLE</PolicyId>
                  <DefaultVersionId>%s</DefaultVersionId><AttachmentCount>1</AttachmentCount>
                  <IsAttachable>true</IsAttachable></Policy>""".formatted(NAME, ARN, defaultVersion));
    }

    /** IAM answers documents URL-encoded. */
    static String version(String versionId, String document) {
        return response("GetPolicyVersion", """
                <PolicyVersion><Document>%s</Document><VersionId>%s</VersionId>
                  <IsDefaultVersion>true</IsDefaultVersion><CreateDate>2026-11-01T00:00:00Z</CreateDate>
                </PolicyVersion>""".formatted(URLEncoder.encode(document, StandardCharsets.UTF_8), versionId));
    }

    /** Versions given newest first; created a day apart. */
    static String versions(String defaultVersion, String... newestFirst) {
        StringBuilder members = new StringBuilder();
        for (int index = 0; index < newestFirst.length; index++) {
            members.append("<member><VersionId>").append(newestFirst[index]).append("</VersionId><IsDefaultVersion>")
                    .append(newestFirst[index].equals(defaultVersion)).append("</IsDefaultVersion><CreateDate>")
                    .append("2026-11-%02dT00:00:00Z".formatted(20 - index)).append("</CreateDate></member>");
        }
        return response("ListPolicyVersions", "<Versions>" + members + "</Versions><IsTruncated>false</IsTruncated>");
    }

    static String created(String versionId) {
        return response("CreatePolicyVersion", """
                <PolicyVersion><VersionId>%s</VersionId><IsDefaultVersion>true</IsDefaultVersion>
                  <CreateDate>2026-11-28T00:00:00Z</CreateDate></PolicyVersion>""".formatted(versionId));
    }

    static String response(String action, String result) {
        return """
                <%sResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
                  <%sResult>%s</%sResult>
                  <ResponseMetadata><RequestId>c0c0c0c0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </%sResponse>""".formatted(action, action, result, action, action);
    }
}
