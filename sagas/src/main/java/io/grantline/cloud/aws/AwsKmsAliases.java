package io.grantline.cloud.aws;

import io.grantline.cloud.KmsAliases;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.model.AliasListEntry;

/**
 * KMS aliases in the environment account, through the pivot role. Listed, as data.all does, rather than described:
 * ListAliases needs only the pivot role's IAM permission, while DescribeKey also needs the key policy of an
 * imported key to let the pivot role in.
 */
public class AwsKmsAliases implements KmsAliases {

    private final AwsDatasetClients clients;

    public AwsKmsAliases(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public boolean aliasExists(String accountId, String region, String alias) {
        String aliasName = "alias/" + alias;
        try {
            return clients.kms(accountId, region).listAliasesPaginator(request -> { })
                    .aliases().stream()
                    .map(AliasListEntry::aliasName)
                    .anyMatch(aliasName::equals);
        } catch (SdkException e) {
            throw AwsErrors.translate("kms:ListAliases in " + accountId, e);
        }
    }
}
