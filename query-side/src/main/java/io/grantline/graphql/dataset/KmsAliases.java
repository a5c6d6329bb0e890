package io.grantline.graphql.dataset;

import java.util.Set;

/** data.all's ways of saying "no KMS key, the bucket is SSE-S3 encrypted" in a KMS alias field. */
final class KmsAliases {

    private static final Set<String> NONE = Set.of("", "SSE-S3", "Undefined");

    private KmsAliases() {
    }

    /** The alias named, or null when the field names no KMS key. */
    static String named(String alias) {
        return alias == null || NONE.contains(alias.trim()) ? null : alias.trim();
    }
}
