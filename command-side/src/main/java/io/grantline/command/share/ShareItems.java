package io.grantline.command.share;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.share.ShareItemStatus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The items of a share by share item uri, and the item side of the share's transitions. */
final class ShareItems {

    private final Map<String, ShareItem> byUri = new LinkedHashMap<>();

    void add(ShareItem item) {
        byUri.put(item.shareItemUri, item);
    }

    void remove(String shareItemUri) {
        byUri.remove(shareItemUri);
    }

    ShareItem get(String shareItemUri) {
        return find(shareItemUri).orElseThrow(() -> new ObjectNotFound("ShareObjectItem", shareItemUri));
    }

    Optional<ShareItem> find(String shareItemUri) {
        return Optional.ofNullable(shareItemUri == null ? null : byUri.get(shareItemUri));
    }

    Optional<ShareItem> holding(String itemUri) {
        return byUri.values().stream().filter(item -> item.item.itemUri().equals(itemUri)).findFirst();
    }

    List<ShareItem> in(Set<ShareItemStatus> statuses) {
        return byUri.values().stream().filter(item -> statuses.contains(item.status)).toList();
    }

    boolean anyIn(Set<ShareItemStatus> statuses) {
        return !in(statuses).isEmpty();
    }

    /** Runs a share-wide step over every item, as data.all does: one item that cannot take it refuses the step. */
    Map<String, ShareItemStatus> movedByAll(ShareAction action) {
        return moved(action, byUri.values());
    }

    /** The new status of each of the items the action moves (those already in its target are left out). */
    Map<String, ShareItemStatus> moved(ShareAction action, Collection<ShareItem> items) {
        Map<String, ShareItemStatus> moves = new LinkedHashMap<>();
        for (ShareItem item : items) {
            ShareItemStatus next = ShareStateMachine.next(action, item.status);
            if (next != item.status) {
                moves.put(item.shareItemUri, next);
            }
        }
        return moves;
    }

    void move(Map<String, ShareItemStatus> moves) {
        moves.forEach((uri, status) -> find(uri).ifPresent(item -> item.status = status));
    }
}
