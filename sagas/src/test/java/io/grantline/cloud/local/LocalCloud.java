package io.grantline.cloud.local;

import io.grantline.cloud.PivotRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The local cloud's parts wired as the application wires them, on the test database and a given clock. */
public final class LocalCloud {

    public static final PivotRole PIVOT_ROLE = new PivotRole("dataallPivotRole-cdk", "grantline-test-external-id");
    public static final String TRUST_ACCOUNT = "000000000000";

    public final JdbcTemplate jdbc;
    public final LocalCloudFaults faults;
    public final LocalAccounts accounts;
    public final LocalAccountAccess accountAccess;
    public final LocalStackDeployer deployer;

    public LocalCloud(Duration deployTime, Supplier<Instant> now) {
        Clock clock = new SuppliedClock(now);
        LocalCloudSettings settings = new LocalCloudSettings(deployTime, TRUST_ACCOUNT);
        jdbc = LocalCloudDatabase.emptied();
        faults = new LocalCloudFaults(jdbc);
        accounts = new LocalAccounts(jdbc, clock);
        accountAccess = new LocalAccountAccess(accounts, faults, PIVOT_ROLE, settings, clock);
        deployer = new LocalStackDeployer(jdbc, accountAccess, faults, settings, clock);
    }

    /** A clock that reads the time from elsewhere, such as a test fixture that moves time forward. */
    private static final class SuppliedClock extends Clock {

        private final Supplier<Instant> now;

        SuppliedClock(Supplier<Instant> now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
