package io.grantline.api;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Uris derived from what identifies a thing (a cause and its recipient, a target and a term, a target and a voter):
 * the same parts always name the same uri, so a repeated command reaches what the first one created and every
 * projection, and a rebuild, agree on it. 16 base-36 characters (80 bits of a SHA-256), so that different parts
 * practically never share a uri.
 */
public final class DerivedUris {

    private static final int LENGTH = 16;
    private static final int BYTES = 10;

    private DerivedUris() {
    }

    public static String of(String... parts) {
        byte[] digest = sha256(String.join("|", parts));
        String text = new BigInteger(1, Arrays.copyOf(digest, BYTES)).toString(36);
        return "0".repeat(Math.max(0, LENGTH - text.length())) + text;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
