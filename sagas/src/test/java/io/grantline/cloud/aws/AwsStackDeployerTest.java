package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import io.grantline.cloud.StackBusyException;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDescription;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsStackDeployerTest {

    static final String STACK = "dataall-environment-env1";
    static final String STACK_ID = "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/" + STACK + "/1a2b";
    static final String TEMPLATE = "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";

    final AwsStubs aws = new AwsStubs();
    final AwsStackDeployer deployer = new AwsStackDeployer(aws.clients);

    @BeforeEach
    void pivotRole() {
        aws.pivotRoleCanBeAssumed();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void missingStackIsCreatedWithTheTemplateAndTags() {
        aws.fail(action("DescribeStacks"), 400, "ValidationError", "Stack with id " + STACK + " does not exist");
        aws.answer(action("CreateStack"), """
                <CreateStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <CreateStackResult><StackId>%s</StackId></CreateStackResult>
                  <ResponseMetadata><RequestId>d0d0d0d0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </CreateStackResponse>""".formatted(STACK_ID));

        StackDeployment deployment = deployer.deploy(STACK, ACCOUNT, REGION, TEMPLATE, Map.of("dataall", "true"));

        assertThat(deployment).isEqualTo(new StackDeployment(STACK_ID, StackDeployment.Operation.CREATE, false));
        aws.server.verify(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=CreateStack"))
                .withRequestBody(containing("TemplateBody="))
                .withRequestBody(containing("Capabilities.member.2=CAPABILITY_NAMED_IAM"))
                .withRequestBody(containing("Tags.member.1.Key=dataall"))
                .withRequestBody(containing("Tags.member.1.Value=true")));
    }

    @Test
    void existingStackIsUpdated() {
        aws.answer(action("DescribeStacks"), describeStacks("CREATE_COMPLETE", ""));
        aws.answer(action("UpdateStack"), """
                <UpdateStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <UpdateStackResult><StackId>%s</StackId></UpdateStackResult>
                </UpdateStackResponse>""".formatted(STACK_ID));

        assertThat(deployer.deploy(STACK, ACCOUNT, REGION, TEMPLATE, Map.of()))
                .isEqualTo(new StackDeployment(STACK_ID, StackDeployment.Operation.UPDATE, false));
    }

    @Test
    void updateWithNothingToChangeLeavesTheStackAsItIs() {
        aws.answer(action("DescribeStacks"), describeStacks("UPDATE_COMPLETE", ""));
        aws.fail(action("UpdateStack"), 400, "ValidationError", "No updates are to be performed.");

        assertThat(deployer.deploy(STACK, ACCOUNT, REGION, TEMPLATE, Map.of()))
                .isEqualTo(new StackDeployment(STACK_ID, StackDeployment.Operation.UPDATE, true));
    }

    @Test
    void stackStillBeingChangedIsBusy() {
        aws.answer(action("DescribeStacks"), describeStacks("UPDATE_IN_PROGRESS", ""));
        aws.fail(action("UpdateStack"), 400, "ValidationError",
                "Stack:" + STACK_ID + " is in UPDATE_IN_PROGRESS state and can not be updated.");

        assertThatThrownBy(() -> deployer.deploy(STACK, ACCOUNT, REGION, TEMPLATE, Map.of()))
                .isInstanceOf(StackBusyException.class);
    }

    @Test
    void templateTooLargeForTheRequestBodyIsRefusedBeforeAnyCall() {
        String large = "{\"Description\":\"" + "x".repeat(AwsStackDeployer.MAX_TEMPLATE_BODY_BYTES) + "\"}";

        assertThatThrownBy(() -> deployer.deploy(STACK, ACCOUNT, REGION, large, Map.of()))
                .isInstanceOf(CloudRequestFailedException.class).hasMessageContaining("TemplateBody");
    }

    @Test
    void describeAnswersStatusOutputsAndEvents() {
        aws.answer(action("DescribeStacks"), describeStacks("ROLLBACK_COMPLETE", """
                <Outputs><member><OutputKey>EnvironmentDefaultBucketName</OutputKey>
                <OutputValue>dataall-env1</OutputValue></member></Outputs>"""));
        aws.answer(action("DescribeStackEvents"), """
                <DescribeStackEventsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <DescribeStackEventsResult><StackEvents><member>
                    <StackId>%s</StackId><EventId>e1</EventId><StackName>%s</StackName>
                    <LogicalResourceId>EnvironmentDefaultBucket</LogicalResourceId>
                    <ResourceType>AWS::S3::Bucket</ResourceType><Timestamp>2026-11-28T10:00:00Z</Timestamp>
                    <ResourceStatus>CREATE_FAILED</ResourceStatus>
                    <ResourceStatusReason>dataall-env1 already exists</ResourceStatusReason>
                  </member></StackEvents></DescribeStackEventsResult>
                </DescribeStackEventsResponse>""".formatted(STACK_ID, STACK));

        StackDescription stack = deployer.describe(STACK_ID);

        assertThat(stack.status()).isEqualTo("ROLLBACK_COMPLETE");
        assertThat(stack.failed()).isTrue();
        assertThat(stack.outputs()).containsEntry("EnvironmentDefaultBucketName", "dataall-env1");
        assertThat(stack.failureCause()).contains("EnvironmentDefaultBucket: dataall-env1 already exists");
    }

    @Test
    void describeOfAStackThatIsGoneIsNotFound() {
        aws.fail(action("DescribeStacks"), 400, "ValidationError", "Stack with id " + STACK_ID + " does not exist");

        assertThatThrownBy(() -> deployer.describe(STACK_ID)).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void throttledDescribeIsThrottled() {
        aws.fail(action("DescribeStacks"), 400, "Throttling", "Rate exceeded");

        assertThatThrownBy(() -> deployer.describe(STACK_ID)).isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void describeThatGetsNoAnswerInTimeIsATimeout() {
        aws.server.stubFor(action("DescribeStacks").willReturn(aResponse().withStatus(200)
                .withFixedDelay((int) AwsStubs.CALL_TIMEOUT.multipliedBy(2).toMillis())));

        assertThatThrownBy(() -> deployer.describe(STACK_ID)).isInstanceOf(CloudTimeoutException.class);
    }

    @Test
    void pivotRoleThatCannotBeAssumedDeniesTheDeploy() {
        aws.server.resetMappings();
        aws.fail(action("AssumeRole"), 403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> deployer.describe(STACK_ID)).isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void deleteAsksCloudFormationToDeleteTheStack() {
        aws.answer(action("DeleteStack"), """
                <DeleteStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <ResponseMetadata><RequestId>f0f0f0f0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </DeleteStackResponse>""");

        deployer.delete(STACK_ID);

        aws.server.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DeleteStack"))
                .withRequestBody(containing("StackName=arn%3Aaws%3Acloudformation")));
    }

    static String describeStacks(String status, String outputs) {
        return """
                <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <DescribeStacksResult><Stacks><member>
                    <StackName>%s</StackName><StackId>%s</StackId>
                    <CreationTime>2026-11-28T10:00:00Z</CreationTime>
                    <StackStatus>%s</StackStatus>%s
                  </member></Stacks></DescribeStacksResult>
                  <ResponseMetadata><RequestId>e0e0e0e0-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
                </DescribeStacksResponse>""".formatted(STACK, STACK_ID, status, outputs);
    }
}
