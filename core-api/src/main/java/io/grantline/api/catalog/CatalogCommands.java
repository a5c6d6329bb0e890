package io.grantline.api.catalog;

import io.grantline.api.Actor;

/** Commands on the catalog index (not an aggregate: the index is a projection of every other aggregate's events). */
public final class CatalogCommands {

    private CatalogCommands() {
    }

    /**
     * Rebuilds the catalog index from the event store (data.all's startReindexCatalog). handleDeletes also removes
     * the documents no live item has once the rebuild has caught up.
     */
    public record ReindexCatalog(boolean handleDeletes, Actor actor) {
    }
}
