package io.grantline.api.share;

/** data.all's share item states; the names are the API's enum values. */
public enum ShareItemStatus {
    PendingApproval, PendingExtension, Share_Approved, Share_Rejected, Share_In_Progress, Share_Succeeded,
    Share_Failed, Revoke_Approved, Revoke_In_Progress, Revoke_Succeeded, Revoke_Failed, Deleted
}
