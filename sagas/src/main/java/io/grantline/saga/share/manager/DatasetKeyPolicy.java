package io.grantline.saga.share.manager;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.SharedDataset;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.KeyPolicies;
import io.grantline.cloud.PivotRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key policy of a dataset's KMS key as shares use it: data.all's statement for the pivot role, and the decrypt
 * (and, for Write or Modify, encrypt) statements whose principal lists name the principals the data is shared with.
 */
final class DatasetKeyPolicy {

    static final String PIVOT_ROLE_SID = "KMSPivotRolePermissions";
    private static final List<String> PIVOT_ROLE_ACTIONS = List.of("kms:Decrypt", "kms:Encrypt",
            "kms:GenerateDataKey*", "kms:PutKeyPolicy", "kms:GetKeyPolicy", "kms:ReEncrypt*", "kms:TagResource",
            "kms:UntagResource", "kms:DescribeKey", "kms:List*");
    private static final List<String> DECRYPT = List.of("kms:Decrypt");
    private static final List<String> ENCRYPT = List.of("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*");
    private static final List<String> ANY_RESOURCE = List.of("*");

    /** The Sids of one way of sharing (whole bucket or access point). */
    record Sids(String decrypt, String encrypt) {

        List<PolicyStatement> wanted(List<ShareDataPermission> permissions) {
            List<PolicyStatement> statements = new ArrayList<>();
            statements.add(PolicyStatement.allow(decrypt).actions(DECRYPT).resources(ANY_RESOURCE));
            if (permissions.contains(ShareDataPermission.Write) || permissions.contains(ShareDataPermission.Modify)) {
                statements.add(PolicyStatement.allow(encrypt).actions(ENCRYPT).resources(ANY_RESOURCE));
            }
            return statements;
        }
    }

    static final Sids BUCKET = new Sids("DataAll-Bucket-KMS-Decrypt", "DataAll-Bucket-KMS-Encrypt");
    static final Sids ACCESS_POINT = new Sids("DataAll-Access-Point-KMS-Decrypt",
            "DataAll-Access-Point-KMS-Encrypt");

    private final KeyPolicies keyPolicies;
    private final PivotRole pivotRole;

    DatasetKeyPolicy(KeyPolicies keyPolicies, PivotRole pivotRole) {
        this.keyPolicies = keyPolicies;
        this.pivotRole = pivotRole;
    }

    /** The id of the dataset's key; empty for a bucket without one (imported with SSE-S3) or an alias gone. */
    Optional<String> keyId(SharedDataset dataset) {
        if (dataset.kmsAlias() == null || dataset.kmsAlias().isBlank()) {
            return Optional.empty();
        }
        return keyPolicies.keyIdOfAlias(dataset.awsAccountId(), dataset.region(), dataset.kmsAlias());
    }

    /** The id of the dataset's key, which it must have since it names an alias. */
    String requireKeyId(SharedDataset dataset) {
        return keyId(dataset).orElseThrow(() -> new CloudResourceNotFoundException("KMS key alias/"
                + dataset.kmsAlias() + " of dataset " + dataset.datasetName() + " does not exist in account "
                + dataset.awsAccountId() + " (" + dataset.region() + ")"));
    }

    boolean hasKey(SharedDataset dataset) {
        return dataset.kmsAlias() != null && !dataset.kmsAlias().isBlank();
    }

    void grant(SharedDataset dataset, String keyId, Sids sids, List<ShareDataPermission> permissions,
               String principalArn) {
        PolicyDocument policy = read(dataset, keyId);
        policy.put(PolicyStatement.allow(PIVOT_ROLE_SID).principal(pivotRole.arnIn(dataset.awsAccountId()))
                .actions(PIVOT_ROLE_ACTIONS).resources(ANY_RESOURCE));
        sids.wanted(permissions).forEach(statement -> policy.addPrincipal(statement, principalArn));
        write(dataset, keyId, policy);
    }

    /** Takes the principal out of both statements, keeping the pivot role's statement as data.all does. */
    void revoke(SharedDataset dataset, String keyId, Sids sids, String principalArn) {
        PolicyDocument policy = read(dataset, keyId);
        policy.removePrincipal(sids.decrypt(), principalArn);
        policy.removePrincipal(sids.encrypt(), principalArn);
        write(dataset, keyId, policy);
    }

    List<String> missing(SharedDataset dataset, String keyId, Sids sids, List<ShareDataPermission> permissions,
                         String principalArn) {
        PolicyDocument policy = read(dataset, keyId);
        List<String> missing = new ArrayList<>();
        if (!policy.principals(PIVOT_ROLE_SID).contains(pivotRole.arnIn(dataset.awsAccountId()))) {
            missing.add("missing KMS key policy statement " + PIVOT_ROLE_SID + " for the pivot role on key " + keyId);
        }
        for (PolicyStatement statement : sids.wanted(permissions)) {
            if (!policy.principals(statement.sid()).contains(principalArn)) {
                missing.add("missing KMS key policy statement " + statement.sid() + " for " + principalArn
                        + " on key " + keyId);
            }
        }
        return missing;
    }

    private PolicyDocument read(SharedDataset dataset, String keyId) {
        return PolicyDocument.parse(keyPolicies.policy(dataset.awsAccountId(), dataset.region(), keyId));
    }

    private void write(SharedDataset dataset, String keyId, PolicyDocument policy) {
        if (policy.changed()) {
            keyPolicies.putPolicy(dataset.awsAccountId(), dataset.region(), keyId, policy.toJson());
        }
    }
}
