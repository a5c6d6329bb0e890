package io.grantline.api.notification;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The uri of a notification, derived from what caused it (the identifier of the event) and its recipient: the same
 * cause delivered twice names the same notification, which is created once. 16 base-36 characters (80 bits of a
 * SHA-256), so that two different causes practically never share a uri.
 */
public final class NotificationUris {

    private static final int LENGTH = 16;
    private static final int BYTES = 10;

    private NotificationUris() {
    }

    public static String of(String causeIdentifier, String recipient) {
        byte[] digest = sha256(causeIdentifier + "|" + recipient);
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
