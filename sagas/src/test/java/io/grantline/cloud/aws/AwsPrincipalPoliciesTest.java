package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.IamPrincipal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsPrincipalPoliciesTest {

    static final IamPrincipal ROLE = new IamPrincipal(IamPrincipal.Type.ROLE, "analytics-consumer");
    static final IamPrincipal USER = new IamPrincipal(IamPrincipal.Type.USER, "etl-user");
    static final String SHARE_POLICY = "dataall-env-env1-share-policy-analytics-consumer-0";

    final PlatformStubs stubs = new PlatformStubs();
    final AwsPrincipalPolicies policies = new AwsPrincipalPolicies(stubs.clients);

    @BeforeEach
    void pivotRole() {
        stubs.aws.pivotRoleCanBeAssumed();
    }

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void attachedPoliciesOfARoleAreListedAcrossPages() {
        stubs.aws.answer(action("ListAttachedRolePolicies").withRequestBody(containing("RoleName=analytics-consumer"))
                .withRequestBody(notContaining("Marker=")), attached("ListAttachedRolePolicies",
                List.of(SHARE_POLICY), "page-2"));
        stubs.aws.answer(action("ListAttachedRolePolicies").withRequestBody(containing("Marker=page-2")),
                attached("ListAttachedRolePolicies", List.of("ReadOnlyAccess"), null));

        assertThat(policies.attachedPolicies(ACCOUNT, REGION, ROLE))
                .contains(List.of(SHARE_POLICY, "ReadOnlyAccess"));
    }

    @Test
    void attachedPoliciesOfAUserAreListed() {
        stubs.aws.answer(action("ListAttachedUserPolicies").withRequestBody(containing("UserName=etl-user")),
                attached("ListAttachedUserPolicies", List.of(SHARE_POLICY), null));

        assertThat(policies.attachedPolicies(ACCOUNT, REGION, USER)).contains(List.of(SHARE_POLICY));
    }

    @Test
    void principalTheAccountDoesNotHaveHasNoPolicies() {
        stubs.aws.fail(action("ListAttachedRolePolicies"), 404, "NoSuchEntity",
                "The role with name analytics-consumer cannot be found.");

        assertThat(policies.attachedPolicies(ACCOUNT, REGION, ROLE)).isEqualTo(Optional.empty());
    }

    @Test
    void policyExistsWhenIamHasItUnderItsArn() {
        stubs.aws.answer(action("GetPolicy").withRequestBody(containing("PolicyArn=arn%3Aaws%3Aiam%3A%3A" + ACCOUNT
                + "%3Apolicy%2F" + SHARE_POLICY)), """
                <GetPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
                  <GetPolicyResult><Policy>
                    <PolicyName>%s</PolicyName><Arn>arn:aws:iam::%s:policy/%s</Arn><DefaultVersionId>v1</DefaultVersionId>
                  </Policy></GetPolicyResult>
                </GetPolicyResponse>""".formatted(SHARE_POLICY, ACCOUNT, SHARE_POLICY));

        assertThat(policies.policyExists(ACCOUNT, REGION, SHARE_POLICY)).isTrue();
    }

    @Test
    void policyIamDoesNotKnowDoesNotExist() {
        stubs.aws.fail(action("GetPolicy"), 404, "NoSuchEntity", "Policy " + SHARE_POLICY + " was not found.");

        assertThat(policies.policyExists(ACCOUNT, REGION, SHARE_POLICY)).isFalse();
    }

    @Test
    void iamIsCalledAsThePivotRole() {
        stubs.aws.fail(action("AssumeRole"), 403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> policies.policyExists(ACCOUNT, REGION, SHARE_POLICY))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void throttledIamIsThrottled() {
        stubs.aws.fail(action("ListAttachedRolePolicies"), 400, "Throttling", "Rate exceeded");

        assertThatThrownBy(() -> policies.attachedPolicies(ACCOUNT, REGION, ROLE))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("iam:ListAttachedRolePolicies");
    }

    static String attached(String action, List<String> names, String marker) {
        StringBuilder members = new StringBuilder();
        names.forEach(name -> members.append("<member><PolicyName>").append(name)
                .append("</PolicyName><PolicyArn>arn:aws:iam::").append(ACCOUNT).append(":policy/").append(name)
                .append("</PolicyArn></member>"));
        return """
                <%sResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
                  <%sResult>
                    <AttachedPolicies>%s</AttachedPolicies>
                    <IsTruncated>%s</IsTruncated>%s
                  </%sResult>
                  <ResponseMetadata><RequestId>c0c0c0c0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </%sResponse>""".formatted(action, action, members, marker != null,
                marker == null ? "" : "<Marker>" + marker + "</Marker>", action, action);
    }
}
