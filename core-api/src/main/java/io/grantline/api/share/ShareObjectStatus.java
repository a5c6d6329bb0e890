package io.grantline.api.share;

/** data.all's share states; the names are the API's enum values. */
public enum ShareObjectStatus {
    Draft, Submitted, Approved, Rejected, Revoked, Share_In_Progress, Revoke_In_Progress, Processed,
    Submitted_For_Extension, Extension_Rejected, Deleted
}
