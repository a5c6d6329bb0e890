package io.grantline.saga.share.manager;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.cloud.BucketPolicies;
import io.grantline.cloud.KeyPolicies;
import io.grantline.cloud.ManagedPolicies;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.saga.share.ShareGrant;
import io.grantline.saga.share.ShareItemManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shares a dataset's whole bucket, as data.all's bucket share manager: the principal's role ARN is added to the
 * bucket policy statements of its permissions (read, write, modify), the principal's share policy allows the bucket
 * (and the dataset's key), and the key policy lets the principal decrypt (and encrypt for Write or Modify). A bucket
 * without a KMS key (imported with SSE-S3) gets no key statements.
 */
public class BucketShareManager implements ShareItemManager {

    static final String SHARE_POLICY_S3_SID = "BucketStatementS3";
    static final String SHARE_POLICY_KMS_SID = "BucketStatementKMS";

    private final BucketPolicies bucketPolicies;
    private final SharePolicy sharePolicy;
    private final DatasetKeyPolicy keyPolicy;

    public BucketShareManager(BucketPolicies bucketPolicies, ManagedPolicies managedPolicies,
                              PrincipalPolicies principalPolicies, KeyPolicies keyPolicies, PivotRole pivotRole) {
        this.bucketPolicies = bucketPolicies;
        this.sharePolicy = new SharePolicy(managedPolicies, principalPolicies);
        this.keyPolicy = new DatasetKeyPolicy(keyPolicies, pivotRole);
    }

    @Override
    public ShareableType type() {
        return ShareableType.S3Bucket;
    }

    @Override
    public void grant(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        String bucketName = item.itemName();
        String principalArn = share.target().principalRoleArn();
        PolicyDocument policy = bucketPolicy(dataset, bucketName);
        BucketActions.bucketStatements(share.permissions(), bucketName)
                .forEach(statement -> policy.addPrincipal(statement, principalArn));
        putIfChanged(dataset, bucketName, policy);
        Optional<String> keyId = keyPolicy.hasKey(dataset) ? Optional.of(keyPolicy.requireKeyId(dataset))
                : Optional.empty();
        sharePolicy.add(share.target(), sharePolicyEntries(dataset, bucketName, keyId));
        keyId.ifPresent(id -> keyPolicy.grant(dataset, id, DatasetKeyPolicy.BUCKET, share.permissions(),
                principalArn));
    }

    @Override
    public void revoke(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        String bucketName = item.itemName();
        String principalArn = share.target().principalRoleArn();
        PolicyDocument policy = bucketPolicy(dataset, bucketName);
        BucketActions.ALL_SIDS.forEach(sid -> policy.removePrincipal(sid, principalArn));
        putIfChanged(dataset, bucketName, policy);
        Optional<String> keyId = keyPolicy.keyId(dataset);
        sharePolicy.remove(share.target(), sharePolicyEntries(dataset, bucketName, keyId));
        keyId.ifPresent(id -> keyPolicy.revoke(dataset, id, DatasetKeyPolicy.BUCKET, principalArn));
    }

    @Override
    public List<String> verify(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        String bucketName = item.itemName();
        String principalArn = share.target().principalRoleArn();
        List<String> missing = new ArrayList<>();
        PolicyDocument policy = bucketPolicy(dataset, bucketName);
        for (PolicyStatement statement : BucketActions.bucketStatements(share.permissions(), bucketName)) {
            if (!policy.principals(statement.sid()).contains(principalArn)) {
                missing.add("missing bucket policy statement " + statement.sid() + " for " + principalArn
                        + " on bucket " + bucketName);
            }
        }
        Optional<String> keyId = keyPolicy.keyId(dataset);
        if (keyPolicy.hasKey(dataset) && keyId.isEmpty()) {
            missing.add("missing KMS key alias/" + dataset.kmsAlias() + " in account " + dataset.awsAccountId());
        }
        missing.addAll(sharePolicy.missing(share.target(), sharePolicyEntries(dataset, bucketName, keyId)));
        keyId.ifPresent(id -> missing.addAll(keyPolicy.missing(dataset, id, DatasetKeyPolicy.BUCKET,
                share.permissions(), principalArn)));
        return missing;
    }

    private PolicyDocument bucketPolicy(SharedDataset dataset, String bucketName) {
        return PolicyDocument.parse(bucketPolicies.policy(dataset.awsAccountId(), dataset.region(), bucketName));
    }

    private void putIfChanged(SharedDataset dataset, String bucketName, PolicyDocument policy) {
        if (policy.changed()) {
            bucketPolicies.putPolicy(dataset.awsAccountId(), dataset.region(), bucketName, policy.toJson());
        }
    }

    private static List<SharePolicy.Entry> sharePolicyEntries(SharedDataset dataset, String bucketName,
                                                              Optional<String> keyId) {
        List<SharePolicy.Entry> entries = new ArrayList<>();
        entries.add(new SharePolicy.Entry(PolicyStatement.allow(SHARE_POLICY_S3_SID).actions(List.of("s3:*")),
                ShareArns.bucketAndObjects(bucketName)));
        keyId.ifPresent(id -> entries.add(new SharePolicy.Entry(
                PolicyStatement.allow(SHARE_POLICY_KMS_SID).actions(List.of("kms:*")),
                List.of(ShareArns.key(dataset.awsAccountId(), dataset.region(), id)))));
        return entries;
    }
}
