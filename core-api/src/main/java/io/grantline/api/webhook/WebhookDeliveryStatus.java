package io.grantline.api.webhook;

/** Where a delivery stands: waiting (or retrying), done, or parked until re-driven. */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, DEAD_LETTER
}
