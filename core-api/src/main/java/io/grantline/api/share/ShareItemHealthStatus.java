package io.grantline.api.share;

/** What the last verification of a granted item found; the names are the API's enum values. */
public enum ShareItemHealthStatus {
    Healthy, Unhealthy, PendingVerify, PendingReApply
}
