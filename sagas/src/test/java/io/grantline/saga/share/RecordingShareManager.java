package io.grantline.saga.share;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A share manager for the saga tests: writes each call into a log shared by all managers ("grant orders") and
 * fails the calls it was told to fail, so the tests can tell what the saga asked the cloud, in which order.
 */
final class RecordingShareManager implements ShareItemManager {

    private final ShareableType type;
    private final List<String> log;
    private final Map<String, Deque<RuntimeException>> failures = new HashMap<>();
    private final Map<String, RuntimeException> permanentFailures = new HashMap<>();
    private final Map<String, List<String>> missing = new HashMap<>();

    RecordingShareManager(ShareableType type, List<String> log) {
        this.type = type;
        this.log = log;
    }

    /** The next calls of action ("grant", "revoke", "verify") fail with these, one each. */
    void failNext(String action, RuntimeException... failures) {
        this.failures.computeIfAbsent(action, key -> new ArrayDeque<>()).addAll(List.of(failures));
    }

    void failAlways(String action, RuntimeException failure) {
        permanentFailures.put(action, failure);
    }

    /** What verify answers for the item of this name. */
    void missing(String itemName, List<String> missingGrants) {
        missing.put(itemName, missingGrants);
    }

    @Override
    public ShareableType type() {
        return type;
    }

    @Override
    public void grant(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        call("grant", item);
    }

    @Override
    public void revoke(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        call("revoke", item);
    }

    @Override
    public List<String> verify(ShareGrant share, SharedItem item, AttachedDataFilter filter) {
        call("verify", item);
        return new ArrayList<>(missing.getOrDefault(item.itemName(), List.of()));
    }

    private void call(String action, SharedItem item) {
        log.add(action + " " + item.itemName());
        if (permanentFailures.containsKey(action)) {
            throw permanentFailures.get(action);
        }
        Deque<RuntimeException> next = failures.get(action);
        if (next != null && !next.isEmpty()) {
            throw next.poll();
        }
    }
}
