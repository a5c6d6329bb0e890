package io.grantline.cloud.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/** One real PostgreSQL per test JVM holding the local cloud's tables, emptied before each test. */
public final class LocalCloudDatabase {

    private static JdbcTemplate jdbc;

    private LocalCloudDatabase() {
    }

    public static synchronized JdbcTemplate emptied() {
        if (jdbc == null) {
            jdbc = new JdbcTemplate(start());
        }
        jdbc.execute("truncate local_cloud_setting, local_account, local_stack, local_stack_event, local_bucket, "
                + "local_fault, local_iam_principal, local_iam_policy, local_iam_policy_attachment, local_parameter, "
                + "local_kms_alias, local_glue_database, local_glue_table, local_glue_crawler, local_glue_job, "
                + "local_glue_job_run, local_lf_permission, local_lf_data_cells_filter, local_lf_setting, "
                + "local_ram_invitation, local_glue_resource_link, local_s3_access_point, local_s3_bucket_policy, "
                + "local_kms_key_policy, local_iam_policy_version");
        return jdbc;
    }

    private static DataSource start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/localcloud").load().migrate();
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
