package io.grantline.saga.share.manager;

import static io.grantline.saga.share.manager.ShareFixture.BUCKET;
import static io.grantline.saga.share.manager.ShareFixture.REGION;
import static io.grantline.saga.share.manager.ShareFixture.SOURCE;
import static io.grantline.saga.share.manager.ShareFixture.TARGET;
import static io.grantline.saga.share.manager.ShareFixture.bucket;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareTarget;
import io.grantline.cloud.local.DatasetStackTemplate;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.saga.share.ShareGrant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BucketShareManagerTest {

    @TempDir
    Path dataDir;
    ShareFixture fixture;
    LocalCloud cloud;
    BucketShareManager manager;
    ShareTarget analysts;
    ShareGrant share;
    String keyId;

    @BeforeEach
    void sharedDataset() {
        fixture = new ShareFixture(dataDir);
        cloud = fixture.cloud;
        manager = new BucketShareManager(cloud.bucketPolicies, cloud.managedPolicies, cloud.iam, cloud.keyPolicies,
                LocalCloud.PIVOT_ROLE);
        analysts = fixture.team(TARGET, "Analysts");
        share = fixture.share(analysts, ShareDataPermission.Read);
        keyId = cloud.keyPolicies.keyIdOfAlias(SOURCE, REGION, DatasetStackTemplate.KMS_ALIAS).orElseThrow();
    }

    @Test
    void grantLetsThePrincipalReadTheWholeBucket() {
        manager.grant(share, bucket(), null);

        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "raw/events.csv")).isTrue();
        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "orders/part-1.csv"))
                .isTrue();
        assertThat(bucketPolicy().principals(BucketActions.READ_ONLY_SID))
                .containsExactly(analysts.principalRoleArn());
        assertThat(keyPolicy().principals("DataAll-Bucket-KMS-Decrypt")).containsExactly(analysts.principalRoleArn());
        assertThat(sharePolicy(analysts).sids()).containsExactly(BucketShareManager.SHARE_POLICY_S3_SID,
                BucketShareManager.SHARE_POLICY_KMS_SID);
    }

    @Test
    void grantThenVerifyIsHealthy() {
        manager.grant(share, bucket(), null);

        assertThat(manager.verify(share, bucket(), null)).isEmpty();
    }

    @Test
    void grantTwiceLeavesTheSameDocuments() {
        manager.grant(share, bucket(), null);
        List<String> once = documents();

        manager.grant(share, bucket(), null);

        assertThat(documents()).isEqualTo(once);
    }

    @Test
    void revokeThenVerifyListsEverythingMissing() {
        manager.grant(share, bucket(), null);

        manager.revoke(share, bucket(), null);

        String principal = analysts.principalRoleArn();
        String policyName = SharePolicy.nameOf(analysts);
        assertThat(manager.verify(share, bucket(), null)).containsExactly(
                "missing bucket policy statement DataAll-Bucket-ReadOnly for " + principal + " on bucket " + BUCKET,
                "missing IAM policy resources arn:aws:s3:::" + BUCKET + ", arn:aws:s3:::" + BUCKET
                        + "/* in statement BucketStatementS3 of " + policyName,
                "missing IAM policy resources arn:aws:kms:" + REGION + ":" + SOURCE + ":key/" + keyId
                        + " in statement BucketStatementKMS of " + policyName,
                "missing KMS key policy statement DataAll-Bucket-KMS-Decrypt for " + principal + " on key " + keyId);
        assertThat(cloud.accessCheck.canReadObject(principal, BUCKET, "raw/events.csv")).isFalse();
    }

    @Test
    void twoPrincipalsOnOneBucketKeepEachOthersStatements() {
        ShareTarget auditors = fixture.team(TARGET, "Auditors");
        ShareGrant auditorsShare = fixture.share(auditors, ShareDataPermission.Read);
        manager.grant(share, bucket(), null);
        manager.grant(auditorsShare, bucket(), null);
        assertThat(bucketPolicy().principals(BucketActions.READ_ONLY_SID))
                .containsExactly(analysts.principalRoleArn(), auditors.principalRoleArn());

        manager.revoke(share, bucket(), null);

        assertThat(bucketPolicy().principals(BucketActions.READ_ONLY_SID))
                .containsExactly(auditors.principalRoleArn());
        assertThat(keyPolicy().principals("DataAll-Bucket-KMS-Decrypt")).containsExactly(auditors.principalRoleArn());
        assertThat(cloud.accessCheck.canReadObject(auditors.principalRoleArn(), BUCKET, "raw/events.csv")).isTrue();
        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "raw/events.csv")).isFalse();
        assertThat(manager.verify(auditorsShare, bucket(), null)).isEmpty();
    }

    @Test
    void lastRevocationDropsTheStatement() {
        manager.grant(share, bucket(), null);

        manager.revoke(share, bucket(), null);

        assertThat(bucketPolicy().has(BucketActions.READ_ONLY_SID)).isFalse();
        assertThat(keyPolicy().has("DataAll-Bucket-KMS-Decrypt")).isFalse();
        assertThat(sharePolicy(analysts).sids()).containsExactly(SharePolicy.EMPTY_STATEMENT_SID);
    }

    @Test
    void modifyShareAddsTheWriteAndModifyStatements() {
        ShareTarget marketing = fixture.team(SOURCE, "Marketing");
        ShareGrant modify = fixture.share(marketing, ShareDataPermission.Read, ShareDataPermission.Write,
                ShareDataPermission.Modify);

        manager.grant(modify, bucket(), null);

        assertThat(bucketPolicy().sids()).containsExactly(BucketActions.READ_ONLY_SID, BucketActions.WRITE_ONLY_SID,
                BucketActions.MODIFY_ONLY_SID);
        assertThat(bucketPolicy().actions(BucketActions.MODIFY_ONLY_SID)).containsExactly("s3:DeleteObject");
        assertThat(keyPolicy().principals("DataAll-Bucket-KMS-Encrypt")).containsExactly(marketing.principalRoleArn());
        assertThat(manager.verify(modify, bucket(), null)).isEmpty();
        manager.revoke(modify, bucket(), null);
        assertThat(bucketPolicy().isEmpty()).isTrue();
    }

    @Test
    void importedBucketWithoutKeyGetsNoKeyStatements() {
        ShareGrant imported = fixture.share(fixture.dataset(null), analysts, ShareDataPermission.Read);
        String keyPolicyBefore = cloud.keyPolicies.policy(SOURCE, REGION, keyId);

        manager.grant(imported, bucket(), null);

        assertThat(cloud.keyPolicies.policy(SOURCE, REGION, keyId)).isEqualTo(keyPolicyBefore);
        assertThat(sharePolicy(analysts).sids()).containsExactly(BucketShareManager.SHARE_POLICY_S3_SID);
        assertThat(manager.verify(imported, bucket(), null)).isEmpty();
    }

    @Test
    void detachedSharePolicyIsFound() {
        manager.grant(share, bucket(), null);
        cloud.iam.detach(TARGET, SharePolicy.principalOf(analysts), SharePolicy.nameOf(analysts));

        assertThat(manager.verify(share, bucket(), null)).containsExactly(
                "IAM policy " + SharePolicy.nameOf(analysts) + " is not attached to " + analysts.principalName());
        manager.grant(share, bucket(), null);
        assertThat(manager.verify(share, bucket(), null)).isEmpty();
    }

    private List<String> documents() {
        return List.of(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET).orElseThrow(),
                cloud.keyPolicies.policy(SOURCE, REGION, keyId),
                cloud.managedPolicies.document(TARGET, SharePolicy.nameOf(analysts)).orElseThrow());
    }

    private PolicyDocument bucketPolicy() {
        return PolicyDocument.parse(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET));
    }

    private PolicyDocument sharePolicy(ShareTarget target) {
        return PolicyDocument.parse(cloud.managedPolicies.document(TARGET, SharePolicy.nameOf(target)));
    }

    private PolicyDocument keyPolicy() {
        return PolicyDocument.parse(cloud.keyPolicies.policy(SOURCE, REGION, keyId));
    }
}
