package io.grantline.cloud.local;

import io.grantline.cloud.PivotRole;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** The local cloud's accounts; each comes with its pivot role, which trusts one external id. */
public class LocalAccounts {

    public record Account(String accountId, String pivotRoleName, String trustedExternalId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LocalAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account, created on first use with a pivot role that trusts this deployment, as linking sets it up. */
    Account getOrCreate(String accountId, PivotRole pivotRole) {
        jdbc.update("""
                insert into local_account (account_id, pivot_role_name, trusted_external_id, created)
                values (?, ?, ?, ?) on conflict do nothing""",
                accountId, pivotRole.roleName(), pivotRole.externalId(), Timestamp.from(clock.instant()));
        return jdbc.queryForObject(
                "select account_id, pivot_role_name, trusted_external_id from local_account where account_id = ?",
                (rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3)), accountId);
    }

    /** Sets up (or changes) an account whose pivot role trusts the given external id, whoever that belongs to. */
    public void register(String accountId, String pivotRoleName, String trustedExternalId) {
        jdbc.update("""
                insert into local_account (account_id, pivot_role_name, trusted_external_id, created)
                values (?, ?, ?, ?) on conflict (account_id) do update
                set pivot_role_name = excluded.pivot_role_name, trusted_external_id = excluded.trusted_external_id""",
                accountId, pivotRoleName, trustedExternalId, Timestamp.from(clock.instant()));
    }
}
