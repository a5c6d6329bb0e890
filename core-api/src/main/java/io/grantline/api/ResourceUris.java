package io.grantline.api;

import java.security.SecureRandom;

/** data.all-style resource identifiers: short random lower-case strings. */
public final class ResourceUris {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResourceUris() {
    }

    public static String next() {
        StringBuilder uri = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            uri.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return uri.toString();
    }
}
