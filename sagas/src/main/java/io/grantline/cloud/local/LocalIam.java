package io.grantline.cloud.local;

import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.PrincipalPolicies;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * IAM as the local cloud plays it: roles and users (those made here, and the roles of deployed stacks),
 * customer-managed policies and their attachments. Every call goes through the pivot role, as on AWS.
 */
public class LocalIam implements PrincipalPolicies {

    private final JdbcTemplate jdbc;
    private final LocalAccountAccess accountAccess;
    private final Clock clock;

    public LocalIam(JdbcTemplate jdbc, LocalAccountAccess accountAccess, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.clock = clock;
    }

    @Override
    public Optional<List<String>> attachedPolicies(String accountId, String region, IamPrincipal principal) {
        accountAccess.assumePivotRole(accountId, region);
        if (!exists(accountId, principal)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForList("""
                select policy_name from local_iam_policy_attachment
                where account_id = ? and principal_type = ? and principal_name = ? order by policy_name""",
                String.class, accountId, principal.type().name(), principal.name()));
    }

    @Override
    public boolean policyExists(String accountId, String region, String policyName) {
        accountAccess.assumePivotRole(accountId, region);
        return policyExists(accountId, policyName);
    }

    /** Makes a role or user in the account, as its owner would outside the platform. */
    public void createPrincipal(String accountId, IamPrincipal principal) {
        jdbc.update("""
                insert into local_iam_principal (account_id, principal_type, principal_name, created)
                values (?, ?, ?, ?) on conflict do nothing""",
                accountId, principal.type().name(), principal.name(), Timestamp.from(clock.instant()));
    }

    /** Makes (or replaces the document of) a customer-managed policy. */
    public void createPolicy(String accountId, String policyName, String documentJson) {
        jdbc.update("""
                insert into local_iam_policy (account_id, policy_name, document, created) values (?, ?, ?::jsonb, ?)
                on conflict (account_id, policy_name) do update set document = excluded.document""",
                accountId, policyName, documentJson, Timestamp.from(clock.instant()));
    }

    /** Attaches a policy to a principal; both must exist, as IAM requires. */
    public void attach(String accountId, IamPrincipal principal, String policyName) {
        if (!exists(accountId, principal)) {
            throw new CloudResourceNotFoundException("The " + principal.type().name().toLowerCase() + " with name "
                    + principal.name() + " cannot be found.");
        }
        if (!policyExists(accountId, policyName)) {
            throw new CloudResourceNotFoundException("Policy arn:aws:iam::" + accountId + ":policy/" + policyName
                    + " does not exist or is not attachable.");
        }
        jdbc.update("""
                insert into local_iam_policy_attachment (account_id, principal_type, principal_name, policy_name)
                values (?, ?, ?, ?) on conflict do nothing""",
                accountId, principal.type().name(), principal.name(), policyName);
    }

    public void detach(String accountId, IamPrincipal principal, String policyName) {
        jdbc.update("""
                delete from local_iam_policy_attachment
                where account_id = ? and principal_type = ? and principal_name = ? and policy_name = ?""",
                accountId, principal.type().name(), principal.name(), policyName);
    }

    private boolean policyExists(String accountId, String policyName) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from local_iam_policy where account_id = ? and policy_name = ?)",
                Boolean.class, accountId, policyName));
    }

    private boolean exists(String accountId, IamPrincipal principal) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_iam_principal
                               where account_id = ? and principal_type = ? and principal_name = ?)
                    or (? = 'ROLE' and exists (
                        select 1 from local_stack s cross join jsonb_array_elements(s.resources) r
                        where s.account_id = ? and s.status not like 'DELETE%' and s.status not like 'ROLLBACK%'
                          and s.status <> 'CREATE_FAILED' and r ->> 'failure' is null
                          and r -> 'resource' ->> 'type' = 'AWS::IAM::Role'
                          and r -> 'resource' ->> 'physicalId' = ?))""",
                Boolean.class, accountId, principal.type().name(), principal.name(), principal.type().name(),
                accountId, principal.name()));
    }
}
