package io.grantline.app;

import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Grantline where everything is. */
@Component
public class StartupReport implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;

    public StartupReport(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        StringBuilder report = new StringBuilder("\n\nGrantline is running (profiles ")
                .append(Arrays.toString(environment.getActiveProfiles().length > 0
                        ? environment.getActiveProfiles() : environment.getDefaultProfiles()))
                .append(")\n  GraphQL    ").append(base).append("/graphql")
                .append("\n  GraphiQL   ").append(base).append("/graphiql");
        if (environment.matchesProfiles("local")) {
            report.append("\n  Sign in    POST ").append(base)
                    .append("/auth/local/token {\"username\": \"you\", \"groups\": [\"YourTeam\"]}")
                    .append("\n  Admin team ").append(environment.getProperty("grantline.auth.admin-group"))
                    .append("\n  Data       ")
                    .append(Path.of(environment.getProperty("grantline.data-dir", ".grantline")).toAbsolutePath());
        }
        LOG.info(report.append("\n").toString());
    }
}
