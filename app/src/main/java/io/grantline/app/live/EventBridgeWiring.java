package io.grantline.app.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.integration.CloudEventEnvelope;
import io.grantline.integration.eventbridge.EventBridgeClients;
import io.grantline.integration.eventbridge.EventBridgePublisher;
import io.grantline.integration.eventbridge.EventBridgeRelay;
import io.grantline.integration.eventbridge.EventBridgeSettings;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The Amazon EventBridge publisher, only when grantline.integrations.eventbridge.bus-name names a bus (the aws
 * profile names the account's default bus unless told otherwise): without it there is no "eventbridge" processor at
 * all. The client uses the platform's own credentials (the default provider chain).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EventBridgeWiring.BusNamed.class)
public class EventBridgeWiring {

    static final String BUS_NAME = "grantline.integrations.eventbridge.bus-name";

    @Bean
    EventBridgeSettings eventBridgeSettings(@Value("${" + BUS_NAME + "}") String busName,
                                            @Value("${grantline.integrations.eventbridge.region:}") String region,
                                            @Value("${grantline.integrations.eventbridge.source:}") String source,
                                            @Value("${grantline.integrations.eventbridge.endpoint:}") String endpoint) {
        return new EventBridgeSettings(busName.trim(), region, source,
                StringUtils.hasText(endpoint) ? URI.create(endpoint.trim()) : null);
    }

    @Bean(destroyMethod = "close")
    EventBridgeClient eventBridgeClient(EventBridgeSettings settings) {
        return EventBridgeClients.create(settings, DefaultCredentialsProvider.builder().build());
    }

    @Bean
    EventBridgePublisher eventBridgePublisher(EventBridgeClient client, EventBridgeSettings settings,
                                              ObjectMapper json) {
        return new EventBridgePublisher(client, settings, new CloudEventEnvelope(json));
    }

    @Bean
    EventBridgeRelay eventBridgeRelay(EventBridgePublisher publisher) {
        return new EventBridgeRelay(publisher);
    }

    /** A property set to nothing (an empty environment variable) names no bus. */
    static class BusNamed implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(BUS_NAME));
        }
    }
}
