package io.grantline.api.share;

/** What a run of the share processor does to the items it was given. */
public enum ShareProcessingKind {
    /** Grant approved items (approval, or submission of an auto-approval dataset). */
    GRANT,
    /** Take back revoked items (a revocation, an expiry, or a forced delete). */
    REVOKE,
    /** Grant again what verification found missing; only the items' health changes. */
    REAPPLY,
    /** Compare what the cloud has with what was granted; only the items' health changes. */
    VERIFY
}
