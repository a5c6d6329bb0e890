package io.grantline.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The UI's end-to-end tests (ui/e2e, playwright-core driving the machine's Chromium) against this whole app: they
 * share the suite's one application context, PostgreSQL and OpenSearch, and drop files straight into the local
 * cloud's bucket folders.
 */
class WebUiJourneyTest extends ApiTest {

    private static final Path UI = Path.of("..", "ui").toAbsolutePath().normalize();

    @Value("${grantline.data-dir}")
    Path dataDir;

    @Test
    void theEndToEndTestsPassInChromium() throws IOException, InterruptedException {
        Path log = UI.resolve("target").resolve("e2e.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder e2e = new ProcessBuilder("npm", "run", "e2e")
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        e2e.environment().put("GRANTLINE_URL", "http://localhost:" + port);
        e2e.environment().put("GRANTLINE_BUCKETS",
                dataDir.resolve("local-cloud").resolve("buckets").toAbsolutePath().toString());
        e2e.environment().put("GRANTLINE_SCREENSHOTS", UI.resolve("target").resolve("screenshots").toString());

        int exit = e2e.start().waitFor();

        assertThat(exit).as("npm run e2e (log: %s):%n%s", log, tail(log)).isZero();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 120), lines.size()));
    }
}
