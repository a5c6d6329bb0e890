package io.grantline.cloud.local;

import static io.grantline.cloud.local.ShareScenario.BUCKET;
import static io.grantline.cloud.local.ShareScenario.REGION;
import static io.grantline.cloud.local.ShareScenario.SOURCE;
import static io.grantline.cloud.local.ShareScenario.TARGET;
import static io.grantline.cloud.local.ShareScenario.TEAM_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.AccessPoints.AccessPoint;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy documents the share ports keep: bucket, access point, KMS key and managed IAM policies. */
class LocalSharePoliciesTest {

    static final String POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"One\", \"Effect\": "
            + "\"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
    static final String OTHER_POLICY = POLICY.replace("One", "Two");
    static final String SHARE_POLICY = "dataall-env-env2-share-policy-dataall-analysts-abc123-0";

    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void dataset() {
        cloud = ShareScenario.cloud(dataDir);
    }

    @Test
    void bucketPolicyRoundTrips() {
        assertThat(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET)).isEmpty();

        cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, POLICY);

        assertThat(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET)).contains(POLICY);
    }

    @Test
    void bucketPolicyOfABucketThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> cloud.bucketPolicies.putPolicy(SOURCE, REGION, "no-such-bucket", POLICY))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> cloud.bucketPolicies.policy(SOURCE, REGION, "no-such-bucket"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void malformedPolicyIsRefused() {
        assertThatThrownBy(() -> cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, "{not json"))
                .isInstanceOf(CloudRequestFailedException.class);
        assertThatThrownBy(() -> cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, "{}"))
                .isInstanceOf(CloudRequestFailedException.class);
    }

    @Test
    void injectedThrottlingRefusesTheBucketPolicyPut() {
        cloud.faults.inject(Operation.PUT_BUCKET_POLICY, SOURCE, Kind.THROTTLING, 1);

        assertThatThrownBy(() -> cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, POLICY))
                .isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void accessPointIsMadeOnceWithItsArnAndAlias() {
        AccessPoint made = cloud.accessPoints.ensure(SOURCE, REGION, "dataset1-analysts", BUCKET);
        AccessPoint again = cloud.accessPoints.ensure(SOURCE, REGION, "dataset1-analysts", BUCKET);

        assertThat(again).isEqualTo(made);
        assertThat(made.arn()).isEqualTo("arn:aws:s3:" + REGION + ":" + SOURCE + ":accesspoint/dataset1-analysts");
        assertThat(made.alias()).matches("dataset1-analysts-[a-z0-9]+-s3alias");
        assertThat(cloud.accessPoints.find(SOURCE, REGION, "dataset1-analysts")).contains(made);
    }

    @Test
    void accessPointPolicyRoundTripsAndGoesWithTheAccessPoint() {
        cloud.accessPoints.ensure(SOURCE, REGION, "dataset1-analysts", BUCKET);
        assertThat(cloud.accessPoints.policy(SOURCE, REGION, "dataset1-analysts")).isEmpty();

        cloud.accessPoints.putPolicy(SOURCE, REGION, "dataset1-analysts", POLICY);
        assertThat(cloud.accessPoints.policy(SOURCE, REGION, "dataset1-analysts")).contains(POLICY);

        cloud.accessPoints.delete(SOURCE, REGION, "dataset1-analysts");
        cloud.accessPoints.delete(SOURCE, REGION, "dataset1-analysts");
        assertThat(cloud.accessPoints.find(SOURCE, REGION, "dataset1-analysts")).isEmpty();
        assertThatThrownBy(() -> cloud.accessPoints.policy(SOURCE, REGION, "dataset1-analysts"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void accessPointOnABucketThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> cloud.accessPoints.ensure(SOURCE, REGION, "dataset1-analysts", "no-such-bucket"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void keyOfTheDatasetAliasHasTheDefaultPolicyUntilOneIsPut() {
        String keyId = cloud.keyPolicies.keyIdOfAlias(SOURCE, REGION, DatasetStackTemplate.KMS_ALIAS).orElseThrow();

        assertThat(cloud.keyPolicies.policy(SOURCE, REGION, keyId))
                .contains("arn:aws:iam::" + SOURCE + ":root").contains("kms:*");

        cloud.keyPolicies.putPolicy(SOURCE, REGION, keyId, POLICY);

        assertThat(cloud.keyPolicies.policy(SOURCE, REGION, keyId)).isEqualTo(POLICY);
        assertThat(cloud.keyPolicies.keyIdOfAlias(SOURCE, REGION, "alias/" + DatasetStackTemplate.KMS_ALIAS))
                .contains(keyId);
    }

    @Test
    void keysOfUnknownAliasesAndIdsAreNotFound() {
        assertThat(cloud.keyPolicies.keyIdOfAlias(SOURCE, REGION, "no-such-alias")).isEmpty();
        assertThatThrownBy(() -> cloud.keyPolicies.policy(SOURCE, REGION, "no-such-key"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void managedPolicySavedIsTheDefaultVersionAndAttachedIsSeenByThePrincipalPolicies() {
        assertThat(cloud.managedPolicies.document(TARGET, SHARE_POLICY)).isEmpty();

        cloud.managedPolicies.save(TARGET, SHARE_POLICY, POLICY);
        cloud.managedPolicies.save(TARGET, SHARE_POLICY, OTHER_POLICY);
        cloud.managedPolicies.attach(TARGET, TEAM_ROLE, SHARE_POLICY);
        cloud.managedPolicies.attach(TARGET, TEAM_ROLE, SHARE_POLICY);

        assertThat(cloud.managedPolicies.document(TARGET, SHARE_POLICY)).hasValueSatisfying(document ->
                assertThat(document).contains("\"Two\"").doesNotContain("\"One\""));
        assertThat(cloud.iam.attachedPolicies(TARGET, REGION, TEAM_ROLE)).contains(List.of(SHARE_POLICY));
        assertThat(cloud.iam.policyExists(TARGET, REGION, SHARE_POLICY)).isTrue();
    }

    @Test
    void managedPolicyKeepsFiveVersions() {
        for (int i = 0; i < 7; i++) {
            cloud.managedPolicies.save(TARGET, SHARE_POLICY, POLICY.replace("One", "V" + i));
        }

        assertThat(cloud.managedPolicies.versions(TARGET, SHARE_POLICY)).containsExactly(3, 4, 5, 6, 7);
        assertThat(cloud.managedPolicies.document(TARGET, SHARE_POLICY)).hasValueSatisfying(document ->
                assertThat(document).contains("\"V6\""));
    }

    @Test
    void attachingToARoleTheAccountDoesNotHaveIsNotFound() {
        cloud.managedPolicies.save(TARGET, SHARE_POLICY, POLICY);

        assertThatThrownBy(() -> cloud.managedPolicies.attach(TARGET,
                new IamPrincipal(IamPrincipal.Type.ROLE, "nobody"), SHARE_POLICY))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }
}
