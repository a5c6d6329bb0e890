package io.grantline.saga.notification;

/** How one run of the share processor ended for the items it processed. */
public record ShareOutcome(boolean revoke, int items, int failed) {

    public boolean anyProcessed() {
        return items > 0;
    }

    public boolean succeeded() {
        return failed == 0;
    }
}
