package io.grantline.cloud;

import java.util.Optional;

/** The key policies of KMS keys, found by alias (given without the {@code alias/} prefix). */
public interface KeyPolicies {

    /** The key id the alias points at; empty when the account has no such alias. */
    Optional<String> keyIdOfAlias(String accountId, String region, String alias);

    /** The key's "default" policy document (JSON). */
    String policy(String accountId, String region, String keyId);

    void putPolicy(String accountId, String region, String keyId, String policyJson);
}
