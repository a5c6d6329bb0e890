package io.grantline.command.share;

import io.grantline.command.lookup.ShareRequestKey;
import io.grantline.command.lookup.ShareRequestLinks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The share request links kept in memory, with the rules of the JDBC table, for the aggregate tests. */
class InMemoryShareRequestLinks implements ShareRequestLinks {

    /** share uri to its request key */
    final Map<String, ShareRequestKey> links = new LinkedHashMap<>();

    @Override
    public Optional<String> find(ShareRequestKey key) {
        return links.entrySet().stream().filter(link -> link.getValue().equals(key)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public void link(String shareUri, ShareRequestKey key) {
        if (links.containsValue(key) || links.containsKey(shareUri)) {
            throw ShareRequestLinks.taken(key);
        }
        links.put(shareUri, key);
    }

    @Override
    public void unlink(String shareUri) {
        links.remove(shareUri);
    }
}
