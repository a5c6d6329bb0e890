package io.grantline.api.glossary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A term link (data.all's TermLink) exists while a dataset, table, folder or column names the term among its terms;
 * the target's own events say so. Its uri is derived from the pair, so every projection, and a rebuild, finds the
 * same link for the same pair, and the glossary's approvals can name it before any read model has seen it.
 */
public final class TermLinks {

    private TermLinks() {
    }

    public static String linkUri(String targetUri, String termUri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((targetUri + "|" + termUri).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
