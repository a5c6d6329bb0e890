package io.grantline.cloud;

/** KMS key aliases in an environment account; alias is given without the {@code alias/} prefix. */
public interface KmsAliases {

    boolean aliasExists(String accountId, String region, String alias);
}
