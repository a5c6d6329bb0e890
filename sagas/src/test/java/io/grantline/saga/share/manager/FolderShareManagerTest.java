package io.grantline.saga.share.manager;

import static io.grantline.saga.share.manager.ShareFixture.BUCKET;
import static io.grantline.saga.share.manager.ShareFixture.DATASET_URI;
import static io.grantline.saga.share.manager.ShareFixture.REGION;
import static io.grantline.saga.share.manager.ShareFixture.SOURCE;
import static io.grantline.saga.share.manager.ShareFixture.TARGET;
import static io.grantline.saga.share.manager.ShareFixture.folder;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareNames;
import io.grantline.api.share.ShareTarget;
import io.grantline.cloud.local.DatasetStackTemplate;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.saga.share.ShareGrant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderShareManagerTest {

    @TempDir
    Path dataDir;
    ShareFixture fixture;
    LocalCloud cloud;
    FolderShareManager manager;
    ShareTarget analysts;
    ShareGrant share;
    String accessPointName;
    String keyId;

    @BeforeEach
    void sharedDataset() {
        fixture = new ShareFixture(dataDir);
        cloud = fixture.cloud;
        manager = new FolderShareManager(cloud.bucketPolicies, cloud.accessPoints, cloud.managedPolicies, cloud.iam,
                cloud.keyPolicies, LocalCloud.PIVOT_ROLE);
        analysts = fixture.team(TARGET, "Analysts");
        share = fixture.share(analysts, ShareDataPermission.Read);
        accessPointName = ShareNames.accessPointName(DATASET_URI, analysts.principalId());
        keyId = cloud.keyPolicies.keyIdOfAlias(SOURCE, REGION, DatasetStackTemplate.KMS_ALIAS).orElseThrow();
    }

    @Test
    void grantLetsThePrincipalReadTheFolderThroughItsAccessPoint() {
        manager.grant(share, folder("raw"), null);

        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "raw/events.csv")).isTrue();
        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "curated/summary.csv"))
                .isFalse();
        assertThat(cloud.accessPoints.find(SOURCE, REGION, accessPointName)).isPresent();
    }

    @Test
    void grantWritesDataAllsStatements() {
        manager.grant(share, folder("raw"), null);

        assertThat(bucketPolicy().has(FolderShareManager.DELEGATE_TO_ACCESS_POINT_SID)).isTrue();
        assertThat(bucketPolicy().conditionValues(FolderShareManager.DELEGATE_TO_ACCESS_POINT_SID, "StringEquals",
                "s3:DataAccessPointAccount")).containsExactly(SOURCE);
        assertThat(sharePolicy().sids()).containsExactly(FolderShareManager.SHARE_POLICY_S3_SID,
                FolderShareManager.SHARE_POLICY_KMS_SID);
        assertThat(sharePolicy().resources(FolderShareManager.SHARE_POLICY_KMS_SID))
                .containsExactly("arn:aws:kms:" + REGION + ":" + SOURCE + ":key/" + keyId);
        assertThat(keyPolicy().principals("DataAll-Access-Point-KMS-Decrypt"))
                .containsExactly(analysts.principalRoleArn());
        assertThat(keyPolicy().principals(DatasetKeyPolicy.PIVOT_ROLE_SID))
                .containsExactly(LocalCloud.PIVOT_ROLE.arnIn(SOURCE));
        assertThat(keyPolicy().has("DataAll-Access-Point-KMS-Encrypt")).isFalse();
        assertThat(cloud.iam.attachedPolicies(TARGET, REGION, SharePolicy.principalOf(analysts)).orElseThrow())
                .containsExactly(SharePolicy.nameOf(analysts));
    }

    @Test
    void grantThenVerifyIsHealthy() {
        manager.grant(share, folder("raw"), null);

        assertThat(manager.verify(share, folder("raw"), null)).isEmpty();
    }

    @Test
    void grantTwiceLeavesTheSameDocuments() {
        manager.grant(share, folder("raw"), null);
        List<String> once = documents();
        List<Integer> versions = cloud.managedPolicies.versions(TARGET, SharePolicy.nameOf(analysts));

        manager.grant(share, folder("raw"), null);

        assertThat(documents()).isEqualTo(once);
        assertThat(cloud.managedPolicies.versions(TARGET, SharePolicy.nameOf(analysts))).isEqualTo(versions);
    }

    @Test
    void revokeThenVerifyListsEverythingMissing() {
        manager.grant(share, folder("raw"), null);

        manager.revoke(share, folder("raw"), null);

        String principal = analysts.principalRoleArn();
        String accessPointArn = "arn:aws:s3:" + REGION + ":" + SOURCE + ":accesspoint/" + accessPointName;
        String policyName = SharePolicy.nameOf(analysts);
        assertThat(manager.verify(share, folder("raw"), null)).containsExactly(
                "missing access point " + accessPointName + " on bucket " + BUCKET,
                "missing IAM policy resources arn:aws:s3:::" + BUCKET + ", arn:aws:s3:::" + BUCKET + "/*, "
                        + accessPointArn + ", " + accessPointArn + "/* in statement AccessPointsStatementS3 of "
                        + policyName,
                "missing IAM policy resources arn:aws:kms:" + REGION + ":" + SOURCE + ":key/" + keyId
                        + " in statement AccessPointsStatementKMS of " + policyName,
                "missing KMS key policy statement DataAll-Access-Point-KMS-Decrypt for " + principal + " on key "
                        + keyId);
        assertThat(cloud.accessCheck.canReadObject(principal, BUCKET, "raw/events.csv")).isFalse();
    }

    @Test
    void revokeDeletesTheAccessPointAndKeepsTheBucketDelegation() {
        manager.grant(share, folder("raw"), null);

        manager.revoke(share, folder("raw"), null);

        assertThat(cloud.accessPoints.find(SOURCE, REGION, accessPointName)).isEmpty();
        assertThat(bucketPolicy().has(FolderShareManager.DELEGATE_TO_ACCESS_POINT_SID)).isTrue();
        assertThat(sharePolicy().sids()).containsExactly(SharePolicy.EMPTY_STATEMENT_SID);
    }

    @Test
    void revokingOneOfTwoFoldersKeepsTheOther() {
        manager.grant(share, folder("raw"), null);
        manager.grant(share, folder("curated"), null);

        manager.revoke(share, folder("raw"), null);

        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "raw/events.csv")).isFalse();
        assertThat(cloud.accessCheck.canReadObject(analysts.principalRoleArn(), BUCKET, "curated/summary.csv"))
                .isTrue();
        assertThat(manager.verify(share, folder("curated"), null)).isEmpty();
        manager.revoke(share, folder("curated"), null);
        assertThat(cloud.accessPoints.find(SOURCE, REGION, accessPointName)).isEmpty();
    }

    @Test
    void twoPrincipalsKeepEachOthersKeyStatement() {
        ShareTarget auditors = fixture.team(TARGET, "Auditors");
        ShareGrant auditorsShare = fixture.share(auditors, ShareDataPermission.Read);
        manager.grant(share, folder("raw"), null);
        manager.grant(auditorsShare, folder("raw"), null);

        manager.revoke(share, folder("raw"), null);

        assertThat(keyPolicy().principals("DataAll-Access-Point-KMS-Decrypt"))
                .containsExactly(auditors.principalRoleArn());
        assertThat(cloud.accessCheck.canReadObject(auditors.principalRoleArn(), BUCKET, "raw/events.csv")).isTrue();
        assertThat(manager.verify(auditorsShare, folder("raw"), null)).isEmpty();
    }

    @Test
    void writeShareAllowsPutObjectAndEncryption() {
        ShareTarget marketing = fixture.team(SOURCE, "Marketing");
        ShareGrant write = fixture.share(marketing, ShareDataPermission.Read, ShareDataPermission.Write);

        manager.grant(write, folder("raw"), null);

        assertThat(keyPolicy().principals("DataAll-Access-Point-KMS-Encrypt"))
                .containsExactly(marketing.principalRoleArn());
        String name = ShareNames.accessPointName(DATASET_URI, marketing.principalId());
        PolicyDocument accessPointPolicy = PolicyDocument.parse(cloud.accessPoints.policy(SOURCE, REGION, name));
        assertThat(accessPointPolicy.sids()).hasSize(2);
        assertThat(accessPointPolicy.actions(accessPointPolicy.sids().get(1))).contains("s3:GetObject",
                "s3:PutObject");
        assertThat(manager.verify(write, folder("raw"), null)).isEmpty();
    }

    @Test
    void accessPointStatementRemovedBehindOurBackIsFound() {
        manager.grant(share, folder("raw"), null);
        cloud.accessPoints.putPolicy(SOURCE, REGION, accessPointName,
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}");

        assertThat(manager.verify(share, folder("raw"), null)).hasSize(2)
                .allMatch(problem -> problem.startsWith("missing access point policy statement"));
        manager.grant(share, folder("raw"), null);
        assertThat(manager.verify(share, folder("raw"), null)).isEmpty();
    }

    private List<String> documents() {
        return List.of(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET).orElseThrow(),
                cloud.accessPoints.policy(SOURCE, REGION, accessPointName).orElseThrow(),
                cloud.keyPolicies.policy(SOURCE, REGION, keyId),
                cloud.managedPolicies.document(TARGET, SharePolicy.nameOf(analysts)).orElseThrow());
    }

    private PolicyDocument bucketPolicy() {
        return PolicyDocument.parse(cloud.bucketPolicies.policy(SOURCE, REGION, BUCKET));
    }

    private PolicyDocument sharePolicy() {
        return PolicyDocument.parse(cloud.managedPolicies.document(TARGET, SharePolicy.nameOf(analysts)));
    }

    private PolicyDocument keyPolicy() {
        return PolicyDocument.parse(cloud.keyPolicies.policy(SOURCE, REGION, keyId));
    }
}
