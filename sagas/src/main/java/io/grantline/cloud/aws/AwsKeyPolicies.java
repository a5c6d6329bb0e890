package io.grantline.cloud.aws;

import io.grantline.cloud.KeyPolicies;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** The key policies of the environment account's KMS keys, through the pivot role. */
public class AwsKeyPolicies implements KeyPolicies {

    /** A key has one policy, and it has this name. */
    static final String POLICY_NAME = "default";

    private final AwsDatasetClients clients;

    public AwsKeyPolicies(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> keyIdOfAlias(String accountId, String region, String alias) {
        String aliasName = "alias/" + alias;
        try {
            return Optional.of(clients.kms(accountId, region).describeKey(request -> request.keyId(aliasName))
                    .keyMetadata().keyId());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate("kms:DescribeKey " + aliasName + " in " + accountId, e);
        }
    }

    @Override
    public String policy(String accountId, String region, String keyId) {
        try {
            return clients.kms(accountId, region).getKeyPolicy(request -> request.keyId(keyId)
                    .policyName(POLICY_NAME)).policy();
        } catch (SdkException e) {
            throw AwsErrors.translate("kms:GetKeyPolicy " + keyId + " in " + accountId, e);
        }
    }

    @Override
    public void putPolicy(String accountId, String region, String keyId, String policyJson) {
        try {
            clients.kms(accountId, region).putKeyPolicy(request -> request.keyId(keyId).policyName(POLICY_NAME)
                    .policy(policyJson));
        } catch (SdkException e) {
            throw AwsErrors.translate("kms:PutKeyPolicy " + keyId + " in " + accountId, e);
        }
    }
}
