package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.KmsAliases;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** KMS aliases in the local cloud: those of deployed stacks and those made by hand for imported datasets. */
public class LocalKmsAliases implements KmsAliases {

    private static final String PREFIX = "alias/";

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final Clock clock;

    public LocalKmsAliases(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public boolean aliasExists(String accountId, String region, String alias) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.LIST_ALIASES, accountId);
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_kms_alias
                               where account_id = ? and region = ? and alias_name = ?)""",
                Boolean.class, accountId, region, nameOf(alias)));
    }

    /** Makes an alias (and its key) in the account, as its owner would outside the platform. */
    public void create(String accountId, String region, String alias) {
        jdbc.update("""
                insert into local_kms_alias (account_id, region, alias_name, stack_id, created)
                values (?, ?, ?, null, ?) on conflict do nothing""",
                accountId, region, nameOf(alias), Timestamp.from(clock.instant()));
    }

    static String nameOf(String alias) {
        return alias != null && alias.startsWith(PREFIX) ? alias.substring(PREFIX.length()) : alias;
    }
}
