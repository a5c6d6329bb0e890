package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.PIVOT_ROLE;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudSession;
import io.grantline.cloud.CloudThrottledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsAccountAccessTest {

    static final String TEAM_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/dataall-sales-env1";

    final AwsStubs aws = new AwsStubs();
    final AwsAccountAccess access = new AwsAccountAccess(aws.clients);

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void pivotRoleIsAssumedWithTheDeploymentsExternalId() {
        aws.pivotRoleCanBeAssumed();

        CloudSession session = access.assumePivotRole(ACCOUNT, REGION);

        assertThat(session.accessKeyId()).isEqualTo("ASIAPIVOT");
        assertThat(session.roleArn()).isEqualTo(PIVOT_ROLE.arnIn(ACCOUNT));
        aws.server.verify(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("RoleArn=arn%3Aaws%3Aiam%3A%3A" + ACCOUNT + "%3Arole%2FdataallPivotRole-cdk"))
                .withRequestBody(containing("ExternalId=deployment-external-id")));
    }

    @Test
    void pivotRoleThatRefusesTheExternalIdIsAccessDenied() {
        aws.fail(action("AssumeRole"), 403, "AccessDenied",
                "User: arn:aws:sts::000000000000:assumed-role/grantline is not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> access.assumePivotRole(ACCOUNT, REGION))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("not authorized to perform: sts:AssumeRole");
    }

    @Test
    void throttledAssumeRoleIsThrottled() {
        aws.fail(action("AssumeRole"), 400, "Throttling", "Rate exceeded");

        assertThatThrownBy(() -> access.assumePivotRole(ACCOUNT, REGION))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("Rate exceeded");
    }

    @Test
    void teamRoleIsAssumedThroughThePivotRole() {
        aws.pivotRoleCanBeAssumed();
        aws.answer(action("AssumeRole").withRequestBody(containing("dataall-sales-env1")),
                AwsStubs.assumedRole("ASIATEAM", TEAM_ROLE));

        CloudSession session = access.assumeTeamRole(ACCOUNT, REGION, TEAM_ROLE);

        assertThat(session.accessKeyId()).isEqualTo("ASIATEAM");
        assertThat(session.sessionToken()).isEqualTo("token-of-ASIATEAM");
    }

    @Test
    void consoleSignInUrlCarriesTheFederationToken() {
        aws.pivotRoleCanBeAssumed();
        aws.answer(action("AssumeRole").withRequestBody(containing("dataall-sales-env1")),
                AwsStubs.assumedRole("ASIATEAM", TEAM_ROLE));
        aws.server.stubFor(get(urlPathEqualTo("/federation")).willReturn(aResponse().withStatus(200)
                .withBody("{\"SigninToken\":\"signin-token-1\"}")));

        String url = access.consoleSignInUrl(ACCOUNT, REGION, TEAM_ROLE);

        assertThat(url).contains("Action=login").contains("SigninToken=signin-token-1")
                .contains("eu-west-1.console.aws.amazon.com");
    }

    @Test
    void trustAccountIsTheAccountGrantlineRunsIn() {
        aws.answer(action("GetCallerIdentity"), """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <GetCallerIdentityResult>
                    <Arn>arn:aws:iam::999988887777:user/grantline</Arn>
                    <UserId>AIDAEXAMPLE</UserId>
                    <Account>999988887777</Account>
                  </GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>c0c0c0c0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>""");

        assertThat(access.trustAccount()).isEqualTo("999988887777");
    }
}
