package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.AccessPoints.AccessPoint;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsAccessPointsTest {

    static final String NAME = "sales-abc123-team1-xyz";
    static final String BUCKET = "dataall-sales-abc123";
    static final String PATH = "/v20180820/accesspoint/" + NAME;
    static final String ARN = "arn:aws:s3:" + REGION + ":" + ACCOUNT + ":accesspoint/" + NAME;
    static final String ALIAS = NAME + "-abcdefghijklmnop-s3alias";
    static final String NAMESPACE = "http://awss3control.amazonaws.com/doc/2018-08-20/";
    static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "team1", "Effect": "Allow",
             "Principal": {"AWS": "AROAEXAMPLE"}, "Action": "s3:GetObject", "Resource": "%s/object/raw/*"}]}"""
            .formatted(ARN);

    final ShareStubs stubs = new ShareStubs();
    final AwsAccessPoints accessPoints = new AwsAccessPoints(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void accessPointIsFoundByNameInTheAccount() {
        stubs.answerXml(get(urlEqualTo(PATH)).withHeader("x-amz-account-id", equalTo(ACCOUNT)), existing());

        assertThat(accessPoints.find(ACCOUNT, REGION, NAME)).contains(new AccessPoint(NAME, BUCKET, ARN, ALIAS));
    }

    @Test
    void accessPointS3DoesNotKnowIsAbsent() {
        stubs.failS3Control(get(urlEqualTo(PATH)), 404, "NoSuchAccessPoint",
                "The specified accesspoint does not exist");

        assertThat(accessPoints.find(ACCOUNT, REGION, NAME)).isEqualTo(Optional.empty());
    }

    @Test
    void missingAccessPointIsCreatedOnTheBucket() {
        stubs.failS3Control(get(urlEqualTo(PATH)), 404, "NoSuchAccessPoint",
                "The specified accesspoint does not exist");
        stubs.answerXml(put(urlEqualTo(PATH)), """
                <CreateAccessPointResult xmlns="%s">
                  <AccessPointArn>%s</AccessPointArn><Alias>%s</Alias>
                </CreateAccessPointResult>""".formatted(NAMESPACE, ARN, ALIAS));

        assertThat(accessPoints.ensure(ACCOUNT, REGION, NAME, BUCKET)).isEqualTo(new AccessPoint(NAME, BUCKET, ARN,
                ALIAS));

        stubs.aws.server.verify(putRequestedFor(urlEqualTo(PATH)).withHeader("x-amz-account-id", equalTo(ACCOUNT))
                .withRequestBody(equalToXml("""
                        <CreateAccessPointRequest xmlns="%s"><Bucket>%s</Bucket></CreateAccessPointRequest>"""
                        .formatted(NAMESPACE, BUCKET))));
    }

    @Test
    void existingAccessPointIsKept() {
        stubs.answerXml(get(urlEqualTo(PATH)), existing());

        assertThat(accessPoints.ensure(ACCOUNT, REGION, NAME, BUCKET)).isEqualTo(new AccessPoint(NAME, BUCKET, ARN,
                ALIAS));

        stubs.aws.server.verify(0, putRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void accessPointCreatedMeanwhileIsAnsweredAsItIs() {
        stubs.aws.server.stubFor(get(urlEqualTo(PATH)).inScenario("created meanwhile")
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                        .withBody("<ErrorResponse><Error><Code>NoSuchAccessPoint</Code><Message>Not found</Message>"
                                + "</Error></ErrorResponse>"))
                .willSetStateTo("created"));
        stubs.aws.server.stubFor(get(urlEqualTo(PATH)).inScenario("created meanwhile").whenScenarioStateIs("created")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                        .withBody(existing())));
        stubs.failS3Control(put(urlEqualTo(PATH)), 409, "AccessPointAlreadyOwnedByYou",
                "Your previous request to create the named accesspoint succeeded and you already own it.");

        assertThat(accessPoints.ensure(ACCOUNT, REGION, NAME, BUCKET)).isEqualTo(new AccessPoint(NAME, BUCKET, ARN,
                ALIAS));
    }

    @Test
    void accessPointOnABucketThatDoesNotExistIsNotFound() {
        stubs.failS3Control(get(urlEqualTo(PATH)), 404, "NoSuchAccessPoint",
                "The specified accesspoint does not exist");
        stubs.failS3Control(put(urlEqualTo(PATH)), 404, "NoSuchBucket", "The specified bucket does not exist");

        assertThatThrownBy(() -> accessPoints.ensure(ACCOUNT, REGION, NAME, BUCKET))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("s3control:CreateAccessPoint " + NAME);
    }

    @Test
    void accessPointIsDeletedByName() {
        stubs.aws.server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));

        accessPoints.delete(ACCOUNT, REGION, NAME);

        stubs.aws.server.verify(deleteRequestedFor(urlEqualTo(PATH)).withHeader("x-amz-account-id",
                equalTo(ACCOUNT)));
    }

    @Test
    void deletingAnAccessPointThatIsGoneSucceeds() {
        stubs.failS3Control(delete(urlEqualTo(PATH)), 404, "NoSuchAccessPoint",
                "The specified accesspoint does not exist");

        accessPoints.delete(ACCOUNT, REGION, NAME);

        stubs.aws.server.verify(1, deleteRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void policyIsReadAsItsDocument() {
        stubs.answerXml(get(urlEqualTo(PATH + "/policy")).withHeader("x-amz-account-id", equalTo(ACCOUNT)), """
                <GetAccessPointPolicyResult xmlns="%s"><Policy>%s</Policy></GetAccessPointPolicyResult>"""
                .formatted(NAMESPACE, POLICY));

        assertThat(accessPoints.policy(ACCOUNT, REGION, NAME)).contains(POLICY);
    }

    @Test
    void accessPointWithoutPolicyHasNone() {
        stubs.failS3Control(get(urlEqualTo(PATH + "/policy")), 404, "NoSuchAccessPointPolicy",
                "The specified accesspoint policy does not exist");

        assertThat(accessPoints.policy(ACCOUNT, REGION, NAME)).isEqualTo(Optional.empty());
    }

    @Test
    void policyOfAnAccessPointThatDoesNotExistIsNotFound() {
        stubs.failS3Control(get(urlEqualTo(PATH + "/policy")), 404, "NoSuchAccessPoint",
                "The specified accesspoint does not exist");

        assertThatThrownBy(() -> accessPoints.policy(ACCOUNT, REGION, NAME))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void policyIsPutAsItsDocument() {
        stubs.aws.server.stubFor(put(urlEqualTo(PATH + "/policy")).willReturn(aResponse().withStatus(200)));

        accessPoints.putPolicy(ACCOUNT, REGION, NAME, POLICY);

        stubs.aws.server.verify(putRequestedFor(urlEqualTo(PATH + "/policy"))
                .withHeader("x-amz-account-id", equalTo(ACCOUNT))
                .withRequestBody(matchingXPath("//*[local-name()='PutAccessPointPolicyRequest']"
                        + "/*[local-name()='Policy']/text()", equalTo(POLICY))));
    }

    @Test
    void s3ControlAskingToSlowDownIsThrottled() {
        stubs.failS3Control(put(urlEqualTo(PATH + "/policy")), 503, "SlowDown", "Please reduce your request rate.");

        assertThatThrownBy(() -> accessPoints.putPolicy(ACCOUNT, REGION, NAME, POLICY))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("s3control:PutAccessPointPolicy " + NAME);
    }

    static String existing() {
        return """
                <GetAccessPointResult xmlns="%s">
                  <Name>%s</Name><Bucket>%s</Bucket><NetworkOrigin>Internet</NetworkOrigin>
                  <AccessPointArn>%s</AccessPointArn><Alias>%s</Alias><BucketAccountId>%s</BucketAccountId>
                </GetAccessPointResult>""".formatted(NAMESPACE, NAME, BUCKET, ARN, ALIAS, ACCOUNT);
    }
}
