package io.grantline.saga.share;

import io.grantline.cloud.local.LocalCloudDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The share lock table on the test JVM's one PostgreSQL, emptied before each test. The table is the application's
 * (next to Axon's, in app's db/migration/axon), so its migrations are taken from there.
 */
final class ShareLockDatabase {

    private static final String AXON_MIGRATIONS = "filesystem:../app/src/main/resources/db/migration/axon";

    private static boolean migrated;

    private ShareLockDatabase() {
    }

    static synchronized JdbcTemplate emptied() {
        JdbcTemplate jdbc = LocalCloudDatabase.emptied();
        if (!migrated) {
            // a history of its own, beside the local cloud's in the same schema
            Flyway.configure().dataSource(jdbc.getDataSource()).locations(AXON_MIGRATIONS)
                    .table("axon_schema_history").baselineOnMigrate(true).baselineVersion("0")
                    .load().migrate();
            migrated = true;
        }
        jdbc.execute("truncate share_dataset_lock");
        return jdbc;
    }
}
