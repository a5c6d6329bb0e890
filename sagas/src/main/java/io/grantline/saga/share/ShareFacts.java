package io.grantline.saga.share;

import io.grantline.api.share.ShareObjectStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A share as its events tell it now: what every grant needs (grant), its status and its items by share item uri.
 * A deleted share keeps its items, so that a forced delete can still take back their grants.
 */
public record ShareFacts(ShareGrant grant, ShareObjectStatus status, Map<String, ShareItemFacts> items,
                         boolean deleted) {

    public ShareFacts {
        items = items == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public String shareUri() {
        return grant.shareUri();
    }

    public String datasetUri() {
        return grant.dataset().datasetUri();
    }

    public Optional<ShareItemFacts> item(String shareItemUri) {
        return Optional.ofNullable(items.get(shareItemUri));
    }
}
