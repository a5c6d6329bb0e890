package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import io.grantline.cloud.StackBusyException;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDescription;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalCloudTest {

    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";
    static final String REGION = "eu-west-1";
    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);
    static final String TEMPLATE = """
            {"Resources": {
               "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "sales-data"}},
               "LogsBucket": {"Type": "AWS::S3::Bucket"},
               "TeamRole": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "sales-team"}},
               "WorkGroup": {"Type": "AWS::Athena::WorkGroup", "Properties": {"Name": "sales-wg"}}},
             "Outputs": {
               "BucketName": {"Value": {"Ref": "Bucket"}},
               "RoleArn": {"Value": {"Fn::GetAtt": ["TeamRole", "Arn"]}},
               "WorkGroup": {"Value": {"Ref": "WorkGroup"}},
               "Literal": {"Value": "plain"},
               "Joined": {"Value": {"Fn::Join": ["", ["s3://", {"Ref": "Bucket"}, "/", {"Ref": "AWS::Region"}]]}},
               "Unresolvable": {"Value": {"Fn::GetAtt": ["TeamRole", "RoleId"]}}}}""";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
    LocalCloud cloud;

    @BeforeEach
    void emptyCloud() {
        cloud = new LocalCloud(DEPLOY_TIME, now::get);
    }

    @Test
    void firstUseOfAnAccountCreatesItsPivotRoleTrustingThisDeployment() {
        assertThat(cloud.accountAccess.assumePivotRole(ACCOUNT, REGION).roleArn())
                .isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/dataallPivotRole-cdk");
        assertThat(cloud.jdbc.queryForObject("select trusted_external_id from local_account where account_id = ?",
                String.class, ACCOUNT)).isEqualTo(LocalCloud.PIVOT_ROLE.externalId());
    }

    @Test
    void pivotRoleTrustingAnotherExternalIdCannotBeAssumed() {
        cloud.accounts.register(ACCOUNT, "dataallPivotRole-cdk", "someone-else");

        assertThatThrownBy(() -> cloud.accountAccess.assumePivotRole(ACCOUNT, REGION))
                .isInstanceOf(CloudAccessDeniedException.class).hasMessageContaining("sts:AssumeRole");
    }

    @Test
    void stackIsInProgressUntilItsDeployTimeHasPassed() {
        StackDeployment deployment = deploy(ACCOUNT, "sales");

        assertThat(deployment.operation()).isEqualTo(StackDeployment.Operation.CREATE);
        assertThat(cloud.deployer.describe(deployment.stackId()).status()).isEqualTo("CREATE_IN_PROGRESS");
        now.set(now.get().plus(DEPLOY_TIME));
        assertThat(cloud.deployer.describe(deployment.stackId()).status()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void outputsAreComputedFromTheResourcesTheTemplateNames() {
        StackDescription stack = settled(deploy(ACCOUNT, "sales"));

        assertThat(stack.outputs())
                .containsEntry("BucketName", "sales-data")
                .containsEntry("RoleArn", "arn:aws:iam::" + ACCOUNT + ":role/sales-team")
                .containsEntry("WorkGroup", "sales-wg")
                .containsEntry("Literal", "plain")
                .containsEntry("Joined", "s3://sales-data/" + REGION)
                .doesNotContainKey("Unresolvable");
    }

    @Test
    void deployingAStackThatIsStillChangingIsBusy() {
        deploy(ACCOUNT, "sales");

        assertThatThrownBy(() -> deploy(ACCOUNT, "sales")).isInstanceOf(StackBusyException.class);
    }

    @Test
    void redeployingTheSameTemplateAndTagsChangesNothing() {
        settled(deploy(ACCOUNT, "sales"));

        StackDeployment again = deploy(ACCOUNT, "sales");

        assertThat(again.unchanged()).isTrue();
        assertThat(cloud.deployer.describe(again.stackId()).status()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void changedTagsUpdateTheStack() {
        String stackId = settled(deploy(ACCOUNT, "sales")).stackId();

        StackDeployment update = cloud.deployer.deploy("sales", ACCOUNT, REGION, TEMPLATE, Map.of("team", "b"));

        assertThat(update).isEqualTo(new StackDeployment(stackId, StackDeployment.Operation.UPDATE, false));
        assertThat(settled(update).status()).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void bucketNameOwnedByAnotherAccountRollsTheCreationBack() {
        settled(deploy(OTHER_ACCOUNT, "elsewhere"));

        StackDescription stack = settled(deploy(ACCOUNT, "sales"));

        assertThat(stack.status()).isEqualTo("ROLLBACK_COMPLETE");
        assertThat(stack.failed()).isTrue();
        assertThat(stack.failureCause()).contains("Bucket: sales-data already exists");
        assertThat(stack.outputs()).isEmpty();
    }

    @Test
    void countedFaultHappensAsOftenAsInjected() {
        cloud.faults.inject(Operation.ASSUME_ROLE, ACCOUNT, Kind.THROTTLING, 2);

        assertThatThrownBy(() -> cloud.accountAccess.assumePivotRole(ACCOUNT, REGION))
                .isInstanceOf(CloudThrottledException.class);
        assertThatThrownBy(() -> cloud.accountAccess.assumePivotRole(ACCOUNT, REGION))
                .isInstanceOf(CloudThrottledException.class);
        assertThatCode(() -> cloud.accountAccess.assumePivotRole(ACCOUNT, REGION)).doesNotThrowAnyException();
    }

    @Test
    void permanentFaultLastsUntilCleared() {
        cloud.faults.injectPermanently(Operation.DEPLOY_STACK, ACCOUNT, Kind.TIMEOUT);

        assertThatThrownBy(() -> deploy(ACCOUNT, "sales")).isInstanceOf(CloudTimeoutException.class);
        assertThatThrownBy(() -> deploy(ACCOUNT, "sales")).isInstanceOf(CloudTimeoutException.class);
        cloud.faults.clear(ACCOUNT);
        assertThatCode(() -> deploy(ACCOUNT, "sales")).doesNotThrowAnyException();
    }

    @Test
    void faultOfOneAccountLeavesTheOthersAlone() {
        cloud.faults.injectPermanently(Operation.ASSUME_ROLE, ACCOUNT, Kind.ACCESS_DENIED);

        assertThatCode(() -> cloud.accountAccess.assumePivotRole(OTHER_ACCOUNT, REGION)).doesNotThrowAnyException();
    }

    @Test
    void deletedStackSettlesAsDeletedAndLeavesItsBucketToTheAccount() {
        String stackId = settled(deploy(ACCOUNT, "sales")).stackId();

        cloud.deployer.delete(stackId);
        now.set(now.get().plus(DEPLOY_TIME));

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
        assertThat(settled(deploy(ACCOUNT, "sales-again")).status()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void describingAStackThatNeverExistedIsNotFound() {
        assertThatThrownBy(() -> cloud.deployer.describe(
                "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/none/1"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    private StackDeployment deploy(String account, String stackName) {
        return cloud.deployer.deploy(stackName, account, REGION, TEMPLATE, Map.of("team", "a"));
    }

    private StackDescription settled(StackDeployment deployment) {
        now.set(now.get().plus(DEPLOY_TIME));
        return cloud.deployer.describe(deployment.stackId());
    }
}
