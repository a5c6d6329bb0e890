package io.grantline.cdk.dataset;

/** How the dataset's objects are encrypted, which decides whether the stack creates a KMS key. */
enum DatasetEncryption {

    /** The stack creates the key, with the dataset's KMS alias. */
    CREATED_KEY,
    /** An existing key, referenced by its alias and never modified. */
    IMPORTED_KEY,
    /** An imported bucket without a KMS alias is encrypted with S3-managed keys: there is no key at all. */
    S3_MANAGED;

    static DatasetEncryption of(DatasetStackProps props) {
        boolean hasAlias = props.kmsAlias() != null && !props.kmsAlias().isBlank();
        // A user who imports a bucket along with its alias brings the key that encrypts it.
        if (props.importedKmsKey() || (props.importedS3Bucket() && hasAlias)) {
            requireAlias(hasAlias, "an imported KMS key");
            return IMPORTED_KEY;
        }
        if (props.importedS3Bucket()) {
            return S3_MANAGED;
        }
        requireAlias(hasAlias, "the KMS key the stack creates");
        return CREATED_KEY;
    }

    private static void requireAlias(boolean hasAlias, String key) {
        if (!hasAlias) {
            throw new IllegalArgumentException("kmsAlias must name " + key);
        }
    }
}
