package io.grantline.integration.eventbridge;

import java.net.URI;

/**
 * Where the publisher puts events: the bus (name or ARN), the region of its EventBridge endpoint, the Source of every
 * entry, and an endpoint override (tests, VPC endpoints; null for the region's public endpoint).
 */
public record EventBridgeSettings(String busName, String region, String source, URI endpoint) {

    public static final String DEFAULT_SOURCE = "grantline";

    public EventBridgeSettings {
        if (busName == null || busName.isBlank()) {
            throw new IllegalArgumentException("An EventBridge publisher needs a bus name");
        }
        source = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
    }
}
