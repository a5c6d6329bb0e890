package io.grantline.cloud.local;

import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.ManagedPolicies;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer-managed policies where {@link LocalIam} keeps them: a save makes a new default version (IAM keeps
 * five, dropping the oldest non-default one), and the policy's document is always its default version's, so
 * {@link LocalIam} and the access check read the current one. Attachments are {@link LocalIam}'s.
 */
public class LocalManagedPolicies implements ManagedPolicies {

    static final int MAX_VERSIONS = 5;
    // IAM is global; the pivot role is assumed through its home region
    private static final String IAM_REGION = "us-east-1";

    private final JdbcTemplate jdbc;
    private final LocalAccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalIam iam;
    private final Clock clock;

    public LocalManagedPolicies(JdbcTemplate jdbc, LocalAccountAccess accountAccess, LocalCloudFaults faults,
                                LocalIam iam, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.iam = iam;
        this.clock = clock;
    }

    @Override
    public Optional<String> document(String accountId, String policyName) {
        accountAccess.assumePivotRole(accountId, IAM_REGION);
        faults.raiseIfInjected(Operation.GET_POLICY, accountId);
        return jdbc.queryForList("select document::text from local_iam_policy where account_id = ? and policy_name = ?",
                String.class, accountId, policyName).stream().findFirst();
    }

    @Override
    public void save(String accountId, String policyName, String policyJson) {
        accountAccess.assumePivotRole(accountId, IAM_REGION);
        faults.raiseIfInjected(Operation.PUT_POLICY, accountId);
        LocalPolicyEvaluator.parse(policyJson);
        Timestamp now = Timestamp.from(clock.instant());
        keepFirstVersionOfPolicyMadeElsewhere(accountId, policyName, now);
        dropOldestVersionAtLimit(accountId, policyName);
        try {
            jdbc.update("""
                    insert into local_iam_policy_version (account_id, policy_name, version, document, is_default,
                        created)
                    select ?, ?, coalesce(max(version), 0) + 1, ?::jsonb, true, ? from local_iam_policy_version
                    where account_id = ? and policy_name = ?""",
                    accountId, policyName, policyJson, now, accountId, policyName);
        } catch (DuplicateKeyException e) {
            throw new CloudThrottledException("ConcurrentModification: policy " + policyName
                    + " is being changed by another call", e);
        }
        jdbc.update("""
                update local_iam_policy_version set is_default = false
                where account_id = ? and policy_name = ? and version < (
                    select max(version) from local_iam_policy_version where account_id = ? and policy_name = ?)""",
                accountId, policyName, accountId, policyName);
        iam.createPolicy(accountId, policyName, policyJson);
    }

    @Override
    public void attach(String accountId, IamPrincipal principal, String policyName) {
        accountAccess.assumePivotRole(accountId, IAM_REGION);
        faults.raiseIfInjected(Operation.ATTACH_POLICY, accountId);
        iam.attach(accountId, principal, policyName);
    }

    /** The version numbers the policy keeps, oldest first. */
    public List<Integer> versions(String accountId, String policyName) {
        return jdbc.queryForList("""
                select version from local_iam_policy_version where account_id = ? and policy_name = ?
                order by version""", Integer.class, accountId, policyName);
    }

    /** The documents of the policies attached to the principal. */
    List<String> attachedDocuments(String accountId, IamPrincipal principal) {
        return jdbc.queryForList("""
                select p.document::text from local_iam_policy_attachment a
                join local_iam_policy p on p.account_id = a.account_id and p.policy_name = a.policy_name
                where a.account_id = ? and a.principal_type = ? and a.principal_name = ?
                order by p.policy_name""", String.class, accountId, principal.type().name(), principal.name());
    }

    // a policy made through LocalIam (by hand) has no versions yet: its document becomes version 1
    private void keepFirstVersionOfPolicyMadeElsewhere(String accountId, String policyName, Timestamp now) {
        jdbc.update("""
                insert into local_iam_policy_version (account_id, policy_name, version, document, is_default, created)
                select account_id, policy_name, 1, document, true, ? from local_iam_policy p
                where account_id = ? and policy_name = ? and not exists (
                    select 1 from local_iam_policy_version v
                    where v.account_id = p.account_id and v.policy_name = p.policy_name)
                on conflict do nothing""", now, accountId, policyName);
    }

    private void dropOldestVersionAtLimit(String accountId, String policyName) {
        jdbc.update("""
                delete from local_iam_policy_version
                where account_id = ? and policy_name = ? and version = (
                    select min(version) from local_iam_policy_version
                    where account_id = ? and policy_name = ? and not is_default)
                  and (select count(*) from local_iam_policy_version where account_id = ? and policy_name = ?) >= ?""",
                accountId, policyName, accountId, policyName, accountId, policyName, MAX_VERSIONS);
    }
}
