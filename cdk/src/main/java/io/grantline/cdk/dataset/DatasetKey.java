package io.grantline.cdk.dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The KMS key that encrypts the dataset's objects: created with rotation and the dataset's alias, or an existing
 * one referenced by alias, or none when an imported bucket is encrypted with S3-managed keys.
 */
final class DatasetKey {

    static final List<String> DATA_KEY_ACTIONS = List.of(
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncrypt*",
            "kms:GenerateDataKey*",
            "kms:DescribeKey");

    private static final List<String> OWNER_EXTRA_ACTIONS = List.of("kms:List*", "kms:GetKeyPolicy");
    private static final List<String> PIVOT_ROLE_ACTIONS = List.of(
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncrypt*",
            "kms:GenerateDataKey*",
            "kms:DescribeKey",
            "kms:List*",
            "kms:GetKeyPolicy",
            "kms:PutKeyPolicy",
            "kms:TagResource",
            "kms:UntagResource");
    private static final List<String> ROLE_ACCESS_ACTIONS =
            List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey");

    private final IKey key;
    private final PolicyStatement roleAccess;

    private DatasetKey(IKey key, PolicyStatement roleAccess) {
        this.key = key;
        this.roleAccess = roleAccess;
    }

    static DatasetKey of(Construct scope, DatasetStackProps props, DatasetRole datasetRole) {
        return switch (DatasetEncryption.of(props)) {
            case CREATED_KEY -> created(scope, props, datasetRole.role());
            case IMPORTED_KEY -> imported(scope, props);
            case S3_MANAGED -> new DatasetKey(null, null);
        };
    }

    /** The key, unless the bucket is encrypted with S3-managed keys. */
    Optional<IKey> key() {
        return Optional.ofNullable(key);
    }

    /** What the dataset role's policy grants on the key, if there is one. */
    Optional<PolicyStatement> roleAccess() {
        return Optional.ofNullable(roleAccess);
    }

    private static DatasetKey created(Construct scope, DatasetStackProps props, IPrincipal datasetRole) {
        // Without an explicit policy the key keeps CDK's default one: the account root may use and manage it.
        Key key = Key.Builder.create(scope, "DatasetKmsKey")
                .alias(props.kmsAlias())
                .description("Encrypts the objects of dataset " + props.datasetUri())
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        if (props.ownerTeamRoleArn() != null && !props.ownerTeamRoleArn().isBlank()) {
            key.addToResourcePolicy(keyPolicyStatement("EnableDatasetOwnerKeyUsage",
                    new ArnPrincipal(props.ownerTeamRoleArn()), concat(DATA_KEY_ACTIONS, OWNER_EXTRA_ACTIONS)));
        }
        key.addToResourcePolicy(keyPolicyStatement("KMSPivotRolePermissions",
                new ArnPrincipal(Arns.role(props.accountId(), props.pivotRoleName())),
                PIVOT_ROLE_ACTIONS));
        key.addToResourcePolicy(keyPolicyStatement("EnableDatasetIAMRoleKeyUsage", datasetRole, DATA_KEY_ACTIONS));
        return new DatasetKey(key, PolicyStatement.Builder.create()
                .sid("KMSAccess")
                .actions(ROLE_ACCESS_ACTIONS)
                .resources(List.of(key.getKeyArn()))
                .build());
    }

    // The stack cannot look the key id up while synthesizing offline, so the role is granted by alias instead.
    private static DatasetKey imported(Construct scope, DatasetStackProps props) {
        String aliasName = "alias/" + props.kmsAlias();
        String anyKeyInTheAccount = new Arns(props).kms("key/*");
        return new DatasetKey(Alias.fromAliasName(scope, "ImportedDatasetKey", aliasName),
                PolicyStatement.Builder.create()
                        .sid("KMSAccess")
                        .actions(ROLE_ACCESS_ACTIONS)
                        .resources(List.of(anyKeyInTheAccount))
                        .conditions(Map.of("ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", aliasName)))
                        .build());
    }

    private static PolicyStatement keyPolicyStatement(String sid, IPrincipal principal, List<String> actions) {
        return PolicyStatement.Builder.create()
                .sid(sid)
                .principals(List.of(principal))
                .actions(actions)
                .resources(List.of("*"))
                .build();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
