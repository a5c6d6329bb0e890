package io.grantline.saga.share;

import io.grantline.api.share.ShareableType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The share manager of each kind of item, as the application provides them. */
public class ShareItemManagers {

    private final Map<ShareableType, ShareItemManager> byType = new EnumMap<>(ShareableType.class);

    public ShareItemManagers(List<ShareItemManager> managers) {
        for (ShareItemManager manager : managers) {
            ShareItemManager previous = byType.put(manager.type(), manager);
            if (previous != null) {
                throw new IllegalArgumentException("Two share managers for " + manager.type() + ": "
                        + previous.getClass().getSimpleName() + " and " + manager.getClass().getSimpleName());
            }
        }
    }

    public ShareItemManager of(ShareableType type) {
        ShareItemManager manager = byType.get(type);
        if (manager == null) {
            throw new IllegalStateException("No share manager shares items of type " + type);
        }
        return manager;
    }
}
