package io.grantline.cloud.local;

import io.grantline.cloud.PlatformParameters;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Parameter Store of the platform's own account, as the local cloud plays it: each write is a new version. */
public class LocalParameters implements PlatformParameters {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LocalParameters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long put(String name, String value) {
        Long version = jdbc.queryForObject("""
                insert into local_parameter (name, value, version, updated) values (?, ?, 1, ?)
                on conflict (name) do update
                set value = excluded.value, version = local_parameter.version + 1, updated = excluded.updated
                returning version""", Long.class, name, value, Timestamp.from(clock.instant()));
        return version == null ? 0 : version;
    }

    /** The parameter's current value, as GetParameter would answer it. */
    public Optional<String> get(String name) {
        return jdbc.queryForList("select value from local_parameter where name = ?", String.class, name)
                .stream().findFirst();
    }
}
