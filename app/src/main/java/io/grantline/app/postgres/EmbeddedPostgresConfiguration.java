package io.grantline.app.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Real PostgreSQL 17 binaries started in-process when no external database is configured: the data
 * directory lives under {@code .grantline/} so that a restart keeps everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "grantline.postgres.embedded", havingValue = "true")
public class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${grantline.postgres.data-dir}") Path dataDir,
                                      @Value("${grantline.postgres.port:0}") int port,
                                      @Value("${grantline.postgres.clean:false}") boolean clean) throws IOException {
        if (clean) {
            // zonky cleans only when it stops: a run killed before that would leave the next one a used folder
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(clean)
                // Spring stops it after everything that uses it; zonky's own hook would stop it first
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Embedded PostgreSQL 17 on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        return postgres;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
