package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class LocalObjectStoreTest {

    static final String KEY = "templates/pivotRole.yaml";
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Duration VALIDITY = Duration.ofMinutes(15);

    @TempDir
    Path folder;
    JdbcTemplate jdbc;
    LocalObjectStore store;

    @BeforeEach
    void emptyStore() {
        jdbc = LocalCloudDatabase.emptied();
        store = storeAt(NOW);
    }

    @Test
    void publishedObjectIsReadWithItsLink() {
        Map<String, String> link = query(store.publish(KEY, "ExternalId: 'abc'"));

        assertThat(new String(store.read(KEY, link.get("expires"), link.get("signature")), StandardCharsets.UTF_8))
                .isEqualTo("ExternalId: 'abc'");
    }

    @Test
    void linkPointsAtTheApplicationAndExpiresAfterTheValidity() {
        URI link = URI.create(store.publish(KEY, "content"));

        assertThat(link.getScheme() + "://" + link.getAuthority() + link.getPath())
                .isEqualTo("http://localhost:8080/local-cloud/objects/" + KEY);
        assertThat(query(link.toString())).containsEntry("expires",
                String.valueOf(NOW.plus(VALIDITY).getEpochSecond()));
    }

    @Test
    void publishingAgainReplacesTheObject() {
        store.publish(KEY, "first");
        Map<String, String> link = query(store.publish(KEY, "second"));

        assertThat(store.read(KEY, link.get("expires"), link.get("signature")))
                .isEqualTo("second".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void expiredLinkIsRefused() {
        Map<String, String> link = query(store.publish(KEY, "content"));

        LocalObjectStore later = storeAt(NOW.plus(VALIDITY).plusSeconds(1));

        assertThatThrownBy(() -> later.read(KEY, link.get("expires"), link.get("signature")))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void linkWhoseExpiryWasMovedIsRefused() {
        Map<String, String> link = query(store.publish(KEY, "content"));

        String extended = String.valueOf(Long.parseLong(link.get("expires")) + 3600);

        assertThatThrownBy(() -> store.read(KEY, extended, link.get("signature")))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void linkOfAnotherKeyIsRefused() {
        store.publish("templates/other.yaml", "other");
        Map<String, String> link = query(store.publish(KEY, "content"));

        assertThatThrownBy(() -> store.read("templates/other.yaml", link.get("expires"), link.get("signature")))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void linkSignedByAnotherDeploymentIsRefused() {
        Map<String, String> link = query(store.publish(KEY, "content"));
        LocalObjectStore otherDeployment = new LocalObjectStore(folder, LocalCloudDatabase.emptied(),
                () -> URI.create("http://localhost:8080"), VALIDITY, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> otherDeployment.read(KEY, link.get("expires"), link.get("signature")))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void objectNeverPublishedIsNotFound() {
        Map<String, String> link = query(store.link("templates/missing.yaml", NOW.plus(VALIDITY)));

        assertThatThrownBy(() -> store.read("templates/missing.yaml", link.get("expires"), link.get("signature")))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void keysLeavingTheStoreAreRefused() {
        assertThatThrownBy(() -> store.publish("../outside.yaml", "content"))
                .isInstanceOf(CloudRequestFailedException.class);
        assertThatThrownBy(() -> store.read("templates/../../etc/passwd", "1", "x"))
                .isInstanceOf(CloudRequestFailedException.class);
    }

    private LocalObjectStore storeAt(Instant now) {
        return new LocalObjectStore(folder, jdbc, () -> URI.create("http://localhost:8080/"), VALIDITY,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    static Map<String, String> query(String link) {
        return Stream.of(URI.create(link).getQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}
