package io.grantline.api.vote;

import io.grantline.api.DerivedUris;

/** A user has one vote per target: its uri is derived from both, so voting again changes the same vote. */
public final class VoteUris {

    private VoteUris() {
    }

    public static String of(String targetType, String targetUri, String username) {
        return DerivedUris.of(targetType, targetUri, username);
    }
}
