package io.grantline.saga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.platform.PlatformQueries.FindTemplateLink;
import io.grantline.api.platform.PlatformQueries.PlatformTemplate;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalObjectStore;
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

class PlatformTemplatesQueryHandlerTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path folder;
    LocalObjectStore objects;
    PlatformTemplatesQueryHandler handler;

    @BeforeEach
    void localCloud() {
        LocalCloud cloud = new LocalCloud(Duration.ZERO, () -> NOW);
        objects = new LocalObjectStore(folder, cloud.jdbc, () -> URI.create("http://localhost:8080"),
                Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
        handler = new PlatformTemplatesQueryHandler(objects, cloud.accountAccess, LocalCloud.PIVOT_ROLE);
    }

    @Test
    void pivotRoleLinkDownloadsThePivotRoleOfThisDeployment() {
        String template = download(handler.handle(new FindTemplateLink(PlatformTemplate.PIVOT_ROLE)).url());

        assertThat(template)
                .contains("Default: '" + LocalCloud.PIVOT_ROLE.externalId() + "'")
                .contains("Default: '" + LocalCloud.TRUST_ACCOUNT + "'")
                .contains("Default: '" + LocalCloud.PIVOT_ROLE.roleName() + "'");
    }

    @Test
    void cdkExecutionPolicyLinkDownloadsThePolicy() {
        String template = download(handler.handle(new FindTemplateLink(PlatformTemplate.CDK_EXEC_POLICY)).url());

        assertThat(template).contains("CDKExecutionPolicy").contains("--trust " + LocalCloud.TRUST_ACCOUNT);
    }

    private String download(String link) {
        URI uri = URI.create(link);
        Map<String, String> query = Stream.of(uri.getQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        String key = uri.getPath().substring(LocalObjectStore.PATH.length());
        return new String(objects.read(key, query.get("expires"), query.get("signature")), StandardCharsets.UTF_8);
    }
}
