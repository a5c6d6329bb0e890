package io.grantline.app.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedOpenSearchTest {

    private static final Path DATA = Path.of("target/opensearch-launcher-test");
    private static EmbeddedOpenSearch node;

    @BeforeAll
    static void startNode() {
        node = EmbeddedOpenSearch.start(DATA, "256m", true, Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void theNodeAnswersOnLoopbackWithAHealthyCluster() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(node.url()).startsWith("http://127.0.0.1:");
        assertThat(health.body()).contains("\"cluster_name\":\"grantline\"").doesNotContain("\"status\":\"red\"");
    }

    @Test
    void theNodeKeepsItsDataUnderTheGivenFolder() {
        assertThat(Files.isDirectory(DATA.resolve("node_1/data"))).isTrue();
    }

    @Test
    void theNodeStopsWhenItsParentClosesItsInput() {
        EmbeddedOpenSearch second = EmbeddedOpenSearch.start(Path.of("target/opensearch-launcher-test-2"), "256m",
                true, Duration.ofMinutes(2));

        second.close();

        assertThat(second.isAlive()).isFalse();
        assertThat(second.exitCode()).as("stopped by itself, not killed").isZero();
    }
}
