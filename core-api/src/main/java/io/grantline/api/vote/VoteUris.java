package io.grantline.api.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A user has one vote per target: its uri is derived from both, so voting again changes the same vote. */
public final class VoteUris {

    private VoteUris() {
    }

    public static String of(String targetType, String targetUri, String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((targetType + "|" + targetUri + "|" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
