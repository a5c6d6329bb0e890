package io.grantline.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.integration.eventbridge.EventBridgePublisher;
import io.grantline.integration.eventbridge.EventBridgeRelay;
import io.grantline.integration.eventbridge.EventBridgeSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The publisher, and so the "eventbridge" processor's only handler, exists only when a bus is named. */
class EventBridgeWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EventBridgeWiring.class)
            .withBean(ObjectMapper.class, ObjectMapper::new)
            .withPropertyValues("aws.region=eu-west-1", "aws.accessKeyId=AKIDTEST", "aws.secretAccessKey=secret");

    @Test
    void noBusNameNoPublisher() {
        context.run(app -> assertThat(app).doesNotHaveBean(EventBridgeRelay.class)
                .doesNotHaveBean(EventBridgePublisher.class));
    }

    @Test
    void emptyBusNameNoPublisher() {
        context.withPropertyValues(EventBridgeWiring.BUS_NAME + "= ")
                .run(app -> assertThat(app).doesNotHaveBean(EventBridgeRelay.class));
    }

    @Test
    void namedBusGetsThePublisherWithTheConfiguredSettings() {
        context.withPropertyValues(EventBridgeWiring.BUS_NAME + "=grantline-events",
                        "grantline.integrations.eventbridge.region=eu-central-1",
                        "grantline.integrations.eventbridge.endpoint=http://localhost:4566")
                .run(app -> {
                    assertThat(app).hasSingleBean(EventBridgeRelay.class);
                    EventBridgeSettings settings = app.getBean(EventBridgeSettings.class);
                    assertThat(settings.busName()).isEqualTo("grantline-events");
                    assertThat(settings.region()).isEqualTo("eu-central-1");
                    assertThat(settings.source()).isEqualTo("grantline");
                    assertThat(settings.endpoint()).isEqualTo(URI.create("http://localhost:4566"));
                });
    }
}
