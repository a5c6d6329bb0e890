package io.grantline.api.glossary;

import io.grantline.api.DerivedUris;

/**
 * A term link (data.all's TermLink) exists while a dataset, table, folder or column names the term among its terms;
 * the target's own events say so. Its uri is derived from the pair, so every projection, and a rebuild, finds the
 * same link for the same pair, and the glossary's approvals can name it before any read model has seen it.
 */
public final class TermLinks {

    private TermLinks() {
    }

    public static String linkUri(String targetUri, String termUri) {
        return DerivedUris.of(targetUri, termUri);
    }
}
