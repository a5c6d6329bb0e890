package io.grantline.integration.webhook;

/** A delivery reserved for one send: its body, where it goes (url null once the subscription is gone) and the key. */
public record ClaimedDelivery(String deliveryId, String subscriptionUri, String resourceUri, long position,
                              int attempts, String body, String url, String secret) {
}
