package io.grantline.cloud.local;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pivot role external id of a deployment that configures none: generated once, then kept. */
public final class LocalExternalId {

    private static final String SETTING = "pivot-role-external-id";

    private LocalExternalId() {
    }

    public static String getOrGenerate(JdbcTemplate jdbc) {
        jdbc.update("insert into local_cloud_setting (name, value) values (?, ?) on conflict do nothing",
                SETTING, UUID.randomUUID().toString());
        return jdbc.queryForObject("select value from local_cloud_setting where name = ?", String.class, SETTING);
    }
}
