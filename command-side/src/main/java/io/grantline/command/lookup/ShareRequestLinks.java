package io.grantline.command.lookup;

import io.grantline.api.error.ResourceAlreadyExists;
import java.util.Optional;

/**
 * The set-wide fact about shares that single aggregates cannot see: which live share holds the request of a team
 * (through one principal) for a dataset in an environment. Kept in the same transaction as the events that change it.
 */
public interface ShareRequestLinks {

    Optional<String> find(ShareRequestKey key);

    /** Links the key to the share, refusing with ResourceAlreadyExists when another share holds it. */
    void link(String shareUri, ShareRequestKey key);

    void unlink(String shareUri);

    /** The refusal when two requests for the same key race; the loser's client asks again and gets the winner's. */
    static ResourceAlreadyExists taken(ShareRequestKey key) {
        return new ResourceAlreadyExists("createShareObject", "A share request of team " + key.groupUri()
                + " for principal " + key.principalId() + " on dataset " + key.datasetUri() + " in environment "
                + key.environmentUri() + " was created meanwhile; try again");
    }
}
