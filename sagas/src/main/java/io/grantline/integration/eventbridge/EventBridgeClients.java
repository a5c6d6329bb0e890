package io.grantline.integration.eventbridge;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;

/**
 * The EventBridge client of the platform's own account. The SDK's standard retries cover throttling and server
 * errors of one call; what still fails is left to the processor, which retries the batch.
 */
public final class EventBridgeClients {

    private EventBridgeClients() {
    }

    public static EventBridgeClient create(EventBridgeSettings settings, AwsCredentialsProvider credentials) {
        EventBridgeClientBuilder builder = EventBridgeClient.builder().credentialsProvider(credentials);
        if (settings.region() != null && !settings.region().isBlank()) {
            builder.region(Region.of(settings.region()));
        }
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }
}
