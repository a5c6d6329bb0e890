package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.KeyPolicies;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Key policies of the local cloud's KMS keys: each alias (of a dataset stack, or made by hand) points at a key
 * of its own. A key whose policy was never put has KMS' default policy, which lets the account's IAM decide.
 */
public class LocalKeyPolicies implements KeyPolicies {

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final Clock clock;

    public LocalKeyPolicies(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public Optional<String> keyIdOfAlias(String accountId, String region, String alias) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.LIST_ALIASES, accountId);
        return jdbc.queryForList("""
                select key_id from local_kms_alias where account_id = ? and region = ? and alias_name = ?""",
                String.class, accountId, region, LocalKmsAliases.nameOf(alias)).stream().findFirst();
    }

    @Override
    public String policy(String accountId, String region, String keyId) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_KEY_POLICY, accountId);
        requireKey(accountId, region, keyId);
        return jdbc.queryForList("""
                select policy from local_kms_key_policy where account_id = ? and region = ? and key_id = ?""",
                String.class, accountId, region, keyId).stream().findFirst()
                .orElseGet(() -> defaultPolicy(accountId));
    }

    @Override
    public void putPolicy(String accountId, String region, String keyId, String policyJson) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PUT_KEY_POLICY, accountId);
        requireKey(accountId, region, keyId);
        LocalPolicyEvaluator.parse(policyJson);
        jdbc.update("""
                insert into local_kms_key_policy (account_id, region, key_id, policy, updated) values (?, ?, ?, ?, ?)
                on conflict (account_id, region, key_id) do update
                set policy = excluded.policy, updated = excluded.updated""",
                accountId, region, keyId, policyJson, Timestamp.from(clock.instant()));
    }

    static String defaultPolicy(String accountId) {
        return """
                {"Version": "2012-10-17", "Id": "key-default-1", "Statement": [{"Sid": "Enable IAM User Permissions", \
                "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::%s:root"}, "Action": "kms:*", \
                "Resource": "*"}]}""".formatted(accountId);
    }

    private void requireKey(String accountId, String region, String keyId) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_kms_alias where account_id = ? and region = ? and key_id = ?)""",
                Boolean.class, accountId, region, keyId))) {
            throw new CloudResourceNotFoundException("NotFoundException: Key 'arn:aws:kms:" + region + ":"
                    + accountId + ":key/" + keyId + "' does not exist");
        }
    }
}
