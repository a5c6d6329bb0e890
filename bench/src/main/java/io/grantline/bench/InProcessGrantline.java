package io.grantline.bench;

import io.grantline.app.GrantlineApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Grantline started inside the benchmark's JVM on a throw-away data folder (embedded PostgreSQL, local cloud).
 * Options whose name contains a dot ({@code --grantline.cloud.stack.poll-interval PT1S}) become Spring properties.
 */
final class InProcessGrantline implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private InProcessGrantline(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    static InProcessGrantline start(Map<String, String> options) throws Exception {
        Path dataDir = Files.createTempDirectory("grantline-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--grantline.data-dir=" + dataDir,
                "--grantline.postgres.clean=true", "--logging.level.root=WARN"));
        options.forEach((name, value) -> {
            if (name.contains(".")) {
                arguments.add("--" + name + "=" + value);
            }
        });
        ConfigurableApplicationContext context = SpringApplication.run(GrantlineApplication.class,
                arguments.toArray(String[]::new));
        return new InProcessGrantline(context, dataDir);
    }

    String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** The data folder: the local cloud keeps bucket {@code b} in {@code <data dir>/local-cloud/buckets/b}. */
    Path dataDir() {
        return dataDir;
    }

    /** A bean of the running application, for what a benchmark does outside the API (the local cloud's IAM). */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Stops the event processors whose name starts with the prefix (a saga's is {@code <Saga>Processor}). */
    List<String> stopProcessors(String namePrefix) {
        List<String> stopped = new ArrayList<>();
        context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (name.startsWith(namePrefix)) {
                processor.shutDown();
                stopped.add(name);
            }
        });
        return stopped;
    }

    @Override
    public void close() {
        context.close();
    }
}
