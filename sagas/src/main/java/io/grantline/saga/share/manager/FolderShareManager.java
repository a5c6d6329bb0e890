package io.grantline.saga.share.manager;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareNames;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.cloud.AccessPoints;
import io.grantline.cloud.AccessPoints.AccessPoint;
import io.grantline.cloud.BucketPolicies;
import io.grantline.cloud.KeyPolicies;
import io.grantline.cloud.ManagedPolicies;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.saga.share.ShareGrant;
import io.grantline.saga.share.ShareItemManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shares a folder of a dataset's bucket through an S3 access point, as data.all's access point share manager: the
 * bucket policy delegates access to the account's access points; the access point of the dataset and principal
 * lets the principal list the folder and use its objects; the principal's share policy allows the access point
 * (and the dataset's key); the key policy lets the principal decrypt (and encrypt for Write or Modify).
 * <p>
 * The access point statements name the principal's role ARN as their Principal where data.all names anyone and
 * conditions on the role's unique id (aws:userId): the same effect, without looking the id up. Their Sids are built
 * from the role's account and name rather than the principalId alone, because one access point (named after the
 * dataset and principalId) serves the same team's roles of several environments.
 */
public class FolderShareManager implements ShareItemManager {

    static final String DELEGATE_TO_ACCESS_POINT_SID = "DelegateAccessToAccessPoint";
    static final String SHARE_POLICY_S3_SID = "AccessPointsStatementS3";
    static final String SHARE_POLICY_KMS_SID = "AccessPointsStatementKMS";
    private static final String LIST_ACTION = "s3:ListBucket";
    private static final String PREFIX_OPERATOR = "StringLike";
    private static final String PREFIX_KEY = "s3:prefix";

    private final BucketPolicies bucketPolicies;
    private final AccessPoints accessPoints;
    private final SharePolicy sharePolicy;
    private final DatasetKeyPolicy keyPolicy;

    public FolderShareManager(BucketPolicies bucketPolicies, AccessPoints accessPoints,
                              ManagedPolicies managedPolicies, PrincipalPolicies principalPolicies,
                              KeyPolicies keyPolicies, PivotRole pivotRole) {
        this.bucketPolicies = bucketPolicies;
        this.accessPoints = accessPoints;
        this.sharePolicy = new SharePolicy(managedPolicies, principalPolicies);
        this.keyPolicy = new DatasetKeyPolicy(keyPolicies, pivotRole);
    }

    @Override
    public ShareableType type() {
        return ShareableType.StorageLocation;
    }

    @Override
    public void grant(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        Folder folder = new Folder(share, item);
        delegateBucketToAccessPoints(dataset);
        AccessPoint accessPoint = accessPoints.ensure(dataset.awsAccountId(), dataset.region(), folder.accessPointName,
                dataset.bucketName());
        grantInAccessPointPolicy(share, folder, accessPoint.arn());
        Optional<String> keyId = keyPolicy.hasKey(dataset) ? Optional.of(keyPolicy.requireKeyId(dataset))
                : Optional.empty();
        sharePolicy.add(share.target(), sharePolicyEntries(share, accessPoint.arn(), keyId));
        keyId.ifPresent(id -> keyPolicy.grant(dataset, id, DatasetKeyPolicy.ACCESS_POINT, share.permissions(),
                share.target().principalRoleArn()));
    }

    /** Keeps the bucket's delegation statement, as data.all does: other access points of the bucket rely on it. */
    @Override
    public void revoke(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        Folder folder = new Folder(share, item);
        Optional<AccessPoint> accessPoint = accessPoints.find(dataset.awsAccountId(), dataset.region(),
                folder.accessPointName);
        String accessPointArn = accessPoint.map(AccessPoint::arn).orElseGet(() -> ShareArns.accessPoint(
                dataset.awsAccountId(), dataset.region(), folder.accessPointName));
        boolean principalKeepsFolders = accessPoint.isPresent()
                && revokeInAccessPointPolicy(dataset, folder, accessPointArn);
        if (principalKeepsFolders) {
            return;
        }
        Optional<String> keyId = keyPolicy.keyId(dataset);
        sharePolicy.remove(share.target(), sharePolicyEntries(share, accessPointArn, keyId));
        keyId.ifPresent(id -> keyPolicy.revoke(dataset, id, DatasetKeyPolicy.ACCESS_POINT,
                share.target().principalRoleArn()));
    }

    @Override
    public List<String> verify(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        SharedDataset dataset = share.dataset();
        Folder folder = new Folder(share, item);
        List<String> missing = new ArrayList<>();
        if (!PolicyDocument.parse(bucketPolicies.policy(dataset.awsAccountId(), dataset.region(),
                dataset.bucketName())).has(DELEGATE_TO_ACCESS_POINT_SID)) {
            missing.add("missing bucket policy statement " + DELEGATE_TO_ACCESS_POINT_SID + " on bucket "
                    + dataset.bucketName());
        }
        Optional<AccessPoint> accessPoint = accessPoints.find(dataset.awsAccountId(), dataset.region(),
                folder.accessPointName);
        String accessPointArn = accessPoint.map(AccessPoint::arn).orElseGet(() -> ShareArns.accessPoint(
                dataset.awsAccountId(), dataset.region(), folder.accessPointName));
        if (accessPoint.isEmpty()) {
            missing.add("missing access point " + folder.accessPointName + " on bucket " + dataset.bucketName());
        } else {
            missing.addAll(missingInAccessPointPolicy(share, folder, accessPointArn));
        }
        Optional<String> keyId = keyPolicy.keyId(dataset);
        if (keyPolicy.hasKey(dataset) && keyId.isEmpty()) {
            missing.add("missing KMS key alias/" + dataset.kmsAlias() + " in account " + dataset.awsAccountId());
        }
        missing.addAll(sharePolicy.missing(share.target(), sharePolicyEntries(share, accessPointArn, keyId)));
        keyId.ifPresent(id -> missing.addAll(keyPolicy.missing(dataset, id, DatasetKeyPolicy.ACCESS_POINT,
                share.permissions(), share.target().principalRoleArn())));
        return missing;
    }

    private void delegateBucketToAccessPoints(SharedDataset dataset) {
        Optional<String> existing = bucketPolicies.policy(dataset.awsAccountId(), dataset.region(),
                dataset.bucketName());
        PolicyDocument policy = PolicyDocument.parse(existing);
        policy.putIfAbsent(PolicyStatement.allow(DELEGATE_TO_ACCESS_POINT_SID).principal(PolicyStatement.ANYONE)
                .actions(List.of("s3:*")).resources(ShareArns.bucketAndObjects(dataset.bucketName()))
                .condition("StringEquals", "s3:DataAccessPointAccount", List.of(dataset.awsAccountId())));
        if (policy.changed()) {
            bucketPolicies.putPolicy(dataset.awsAccountId(), dataset.region(), dataset.bucketName(),
                    policy.toJson());
        }
    }

    private void grantInAccessPointPolicy(ShareGrant share, Folder folder, String accessPointArn) {
        SharedDataset dataset = share.dataset();
        String principalArn = share.target().principalRoleArn();
        PolicyDocument policy = PolicyDocument.parse(accessPoints.policy(dataset.awsAccountId(), dataset.region(),
                folder.accessPointName));
        PolicyStatement list = listStatement(folder, principalArn, accessPointArn);
        if (policy.has(list.sid())) {
            policy.addConditionValue(list.sid(), PREFIX_OPERATOR, PREFIX_KEY, folder.prefixPattern());
            policy.addPrincipal(list, principalArn);
        } else {
            policy.put(list);
        }
        PolicyStatement objects = objectStatement(share, folder, principalArn);
        policy.addResources(objects, List.of(folder.objectsArn(accessPointArn)));
        policy.addPrincipal(objects, principalArn);
        if (policy.changed()) {
            accessPoints.putPolicy(dataset.awsAccountId(), dataset.region(), folder.accessPointName,
                    policy.toJson());
        }
    }

    /** Takes the folder out of the access point policy; answers whether the principal still has other folders. */
    private boolean revokeInAccessPointPolicy(SharedDataset dataset, Folder folder, String accessPointArn) {
        PolicyDocument policy = PolicyDocument.parse(accessPoints.policy(dataset.awsAccountId(), dataset.region(),
                folder.accessPointName));
        List<String> prefixesLeft = policy.removeConditionValue(folder.listSid(), PREFIX_OPERATOR, PREFIX_KEY,
                folder.prefixPattern());
        policy.removeResources(folder.objectsSid(), List.of(folder.objectsArn(accessPointArn)));
        if (prefixesLeft.isEmpty()) {
            policy.remove(folder.listSid());
            policy.remove(folder.objectsSid());
        }
        if (policy.isEmpty()) {
            accessPoints.delete(dataset.awsAccountId(), dataset.region(), folder.accessPointName);
        } else if (policy.changed()) {
            accessPoints.putPolicy(dataset.awsAccountId(), dataset.region(), folder.accessPointName,
                    policy.toJson());
        }
        return policy.has(folder.listSid());
    }

    private List<String> missingInAccessPointPolicy(ShareGrant share, Folder folder, String accessPointArn) {
        SharedDataset dataset = share.dataset();
        String principalArn = share.target().principalRoleArn();
        PolicyDocument policy = PolicyDocument.parse(accessPoints.policy(dataset.awsAccountId(), dataset.region(),
                folder.accessPointName));
        List<String> missing = new ArrayList<>();
        if (!policy.principals(folder.listSid()).contains(principalArn)
                || !policy.actions(folder.listSid()).contains(LIST_ACTION)
                || !policy.conditionValues(folder.listSid(), PREFIX_OPERATOR, PREFIX_KEY)
                .contains(folder.prefixPattern())) {
            missing.add("missing access point policy statement " + folder.listSid() + " (" + LIST_ACTION + " on "
                    + folder.prefixPattern() + ") for " + principalArn + " on access point " + folder.accessPointName);
        }
        List<String> actions = BucketActions.objectActions(share.permissions());
        if (!policy.principals(folder.objectsSid()).contains(principalArn)
                || !policy.actions(folder.objectsSid()).containsAll(actions)
                || !policy.resources(folder.objectsSid()).contains(folder.objectsArn(accessPointArn))) {
            missing.add("missing access point policy statement " + folder.objectsSid() + " ("
                    + String.join(",", actions) + " on " + folder.objectsArn(accessPointArn) + ") for "
                    + principalArn + " on access point " + folder.accessPointName);
        }
        return missing;
    }

    private static PolicyStatement listStatement(Folder folder, String principalArn, String accessPointArn) {
        return PolicyStatement.allow(folder.listSid()).principal(principalArn).actions(List.of(LIST_ACTION))
                .resources(List.of(accessPointArn))
                .condition(PREFIX_OPERATOR, PREFIX_KEY, List.of(folder.prefixPattern()));
    }

    private static PolicyStatement objectStatement(ShareGrant share, Folder folder, String principalArn) {
        return PolicyStatement.allow(folder.objectsSid()).principal(principalArn)
                .actions(BucketActions.objectActions(share.permissions()));
    }

    private static List<SharePolicy.Entry> sharePolicyEntries(ShareGrant share, String accessPointArn,
                                                              Optional<String> keyId) {
        SharedDataset dataset = share.dataset();
        List<String> s3Resources = new ArrayList<>(ShareArns.bucketAndObjects(dataset.bucketName()));
        s3Resources.add(accessPointArn);
        s3Resources.add(accessPointArn + "/*");
        List<SharePolicy.Entry> entries = new ArrayList<>();
        entries.add(new SharePolicy.Entry(PolicyStatement.allow(SHARE_POLICY_S3_SID).actions(List.of("s3:*")),
                s3Resources));
        keyId.ifPresent(id -> entries.add(new SharePolicy.Entry(
                PolicyStatement.allow(SHARE_POLICY_KMS_SID).actions(List.of("kms:*")),
                List.of(ShareArns.key(dataset.awsAccountId(), dataset.region(), id)))));
        return entries;
    }

    /** The folder of one share: its prefix, the access point it goes through and the principal's Sids there. */
    private static final class Folder {

        private final String prefix;
        private final String accessPointName;
        private final String sidBase;

        Folder(ShareGrant share, SharedItem item) {
            ShareTarget target = share.target();
            this.prefix = item.itemName().replaceAll("^/+|/+$", "");
            this.accessPointName = ShareNames.accessPointName(share.dataset().datasetUri(), target.principalId());
            this.sidBase = (target.awsAccountId() + target.principalName()).replaceAll("[^A-Za-z0-9]", "")
                    .toLowerCase(Locale.ROOT);
        }

        String prefixPattern() {
            return prefix + "/*";
        }

        String objectsArn(String accessPointArn) {
            return accessPointArn + "/object/" + prefix + "/*";
        }

        String listSid() {
            return sidBase + "0";
        }

        String objectsSid() {
            return sidBase + "1";
        }
    }
}
