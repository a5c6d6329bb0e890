package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static io.grantline.cloud.aws.ShareStubs.calledAt;
import static io.grantline.cloud.aws.ShareStubs.restJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsResourceShareInvitationsTest {

    static final String SENDER = "444455556666";
    static final String OTHER_SENDER = "777788889999";
    static final String LIST = "/getresourceshareinvitations";
    static final String ACCEPT = "/acceptresourceshareinvitation";

    final ShareStubs stubs = new ShareStubs();
    final AwsResourceShareInvitations invitations = new AwsResourceShareInvitations(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void pendingInvitationsOfTheSenderAreAccepted() {
        stubs.answer(restJson(LIST), page(null,
                invitation("inv-1", SENDER, "PENDING"),
                invitation("inv-2", OTHER_SENDER, "PENDING"),
                invitation("inv-3", SENDER, "ACCEPTED")));
        stubs.answer(restJson(ACCEPT), accepted("inv-1"));

        assertThat(invitations.acceptPending(ACCOUNT, REGION, SENDER)).isEqualTo(1);

        stubs.aws.server.verify(calledAt(LIST).withRequestBody(equalToJson("""
                {"maxResults": 100}""")));
        stubs.aws.server.verify(1, calledAt(ACCEPT));
        stubs.aws.server.verify(calledAt(ACCEPT).withRequestBody(equalToJson("""
                {"resourceShareInvitationArn": "%s"}""".formatted(arn("inv-1")))));
    }

    @Test
    void invitationsAreReadAcrossPages() {
        stubs.answer(restJson(LIST).withRequestBody(notContaining("nextToken")), page("page-2",
                invitation("inv-1", SENDER, "PENDING")));
        stubs.answer(restJson(LIST).withRequestBody(matchingJsonPath("$.nextToken", equalTo("page-2"))), page(null,
                invitation("inv-2", SENDER, "PENDING")));
        stubs.answer(restJson(ACCEPT), "{}");

        assertThat(invitations.acceptPending(ACCOUNT, REGION, SENDER)).isEqualTo(2);

        stubs.aws.server.verify(calledAt(ACCEPT).withRequestBody(matchingJsonPath("$.resourceShareInvitationArn",
                equalTo(arn("inv-2")))));
    }

    @Test
    void noPendingInvitationAcceptsNothing() {
        stubs.answer(restJson(LIST), page(null));

        assertThat(invitations.acceptPending(ACCOUNT, REGION, SENDER)).isZero();

        stubs.aws.server.verify(0, calledAt(ACCEPT));
    }

    @Test
    void invitationAcceptedMeanwhileIsAccepted() {
        stubs.answer(restJson(LIST), page(null, invitation("inv-1", SENDER, "PENDING")));
        stubs.fail(restJson(ACCEPT), 400, "ResourceShareInvitationAlreadyAcceptedException",
                "The invitation was already accepted.");

        assertThat(invitations.acceptPending(ACCOUNT, REGION, SENDER)).isEqualTo(1);
    }

    @Test
    void ramIsCalledSignedAsThePivotRoleForServiceRam() {
        stubs.answer(restJson(LIST), page(null));

        invitations.acceptPending(ACCOUNT, REGION, SENDER);

        stubs.aws.server.verify(calledAt(LIST)
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIAPIVOT/\\d{8}/" + REGION
                        + "/ram/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}"))
                .withHeader("X-Amz-Security-Token", equalTo("token-of-ASIAPIVOT"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void throttledRamIsThrottled() {
        stubs.fail(restJson(LIST), 429, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> invitations.acceptPending(ACCOUNT, REGION, SENDER))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("ram:GetResourceShareInvitations")
                .hasMessageContaining("Rate exceeded");
    }

    @Test
    void invitationRamDoesNotKnowIsNotFound() {
        stubs.answer(restJson(LIST), page(null, invitation("inv-1", SENDER, "PENDING")));
        stubs.fail(restJson(ACCEPT), 400, "UnknownResourceException", "The invitation does not exist.");

        assertThatThrownBy(() -> invitations.acceptPending(ACCOUNT, REGION, SENDER))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining(arn("inv-1"));
    }

    @Test
    void unavailableRamIsWorthARetry() {
        stubs.fail(restJson(LIST), 503, "ServiceUnavailableException", "Service unavailable");

        assertThatThrownBy(() -> invitations.acceptPending(ACCOUNT, REGION, SENDER))
                .isInstanceOf(CloudTimeoutException.class);
    }

    @Test
    void ramRefusingThePivotRoleIsAccessDenied() {
        stubs.fail(restJson(LIST), 403, "AccessDeniedException", "not authorized to perform "
                + "ram:GetResourceShareInvitations");

        assertThatThrownBy(() -> invitations.acceptPending(ACCOUNT, REGION, SENDER))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void pivotRoleThatCannotBeAssumedIsAccessDenied() {
        stubs.aws.server.resetMappings();
        stubs.aws.fail(action("AssumeRole"), 403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> invitations.acceptPending(ACCOUNT, REGION, SENDER))
                .isInstanceOf(CloudAccessDeniedException.class);
        stubs.aws.server.verify(0, calledAt(LIST));
    }

    @Test
    void ramOfTheRegionIsCalledUnlessAnotherEndpointIsSet() {
        assertThat(new AwsShareSettings(null, null, null).ramEndpoint(REGION))
                .hasToString("https://ram." + REGION + ".amazonaws.com");
    }

    static String arn(String id) {
        return "arn:aws:ram:" + REGION + ":" + SENDER + ":resource-share-invitation/" + id;
    }

    static String invitation(String id, String sender, String status) {
        return """
                {"resourceShareInvitationArn": "%s", "resourceShareName": "LakeFormation-V3-%s",
                 "resourceShareArn": "arn:aws:ram:%s:%s:resource-share/share-%s",
                 "senderAccountId": "%s", "receiverAccountId": "%s",
                 "invitationTimestamp": 1.7648928E9, "status": "%s"}"""
                .formatted(arn(id), id, REGION, sender, id, sender, ACCOUNT, status);
    }

    static String page(String nextToken, String... invitations) {
        return "{\"resourceShareInvitations\": [" + String.join(", ", invitations) + "]"
                + (nextToken == null ? "" : ", \"nextToken\": \"" + nextToken + "\"") + "}";
    }

    static String accepted(String id) {
        return """
                {"resourceShareInvitation": %s}""".formatted(invitation(id, SENDER, "ACCEPTED"));
    }
}
