package io.grantline.projections.history;

/**
 * What the history remembers about uris that later events name alone: an environment's organization, a share's
 * dataset, a share item's table, folder or dataset.
 */
public interface Relations {

    /** The resource related to the uri, or null when none is known. */
    Resource of(String uri);
}
