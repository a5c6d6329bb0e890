package io.grantline.api.timetravel;

import java.time.Instant;
import java.util.List;

/**
 * A share as its events had made it at asOf; version is how many of its events were folded. owner is who created
 * it; submittedBy/approvedBy the last submission and approval before asOf.
 */
public record ShareObjectAsOfView(String shareUri, String datasetUri, String datasetName, String status,
                                  SharePrincipalAsOf principal, List<String> permissions, String requestPurpose,
                                  String rejectPurpose, String owner, Instant created, String submittedBy,
                                  Instant submittedAt, String approvedBy, Instant approvedAt, Instant expiryDate,
                                  List<ShareItemAsOf> items, List<ShareRejectionAsOf> rejections,
                                  List<ShareRevocationAsOf> revocations, boolean deleted, String deletedBy,
                                  Instant deletedAt, Instant asOf, long version) {

    /** principalType is Group or ConsumptionRole; groupUri the requesting team; roleArn the IAM role granted to. */
    public record SharePrincipalAsOf(String principalId, String principalType, String principalName,
                                     String groupUri, String environmentUri, String awsAccountId,
                                     String roleArn) {
    }

    /**
     * An item and whether its grant existed in the cloud (from its Share_Succeeded until its Revoke_Succeeded);
     * grantedAt and the request and approval that led to the grant are set while it does.
     */
    public record ShareItemAsOf(String shareItemUri, String itemUri, String itemType, String itemName, String status,
                                String healthStatus, String healthMessage, boolean granted, Instant grantedAt,
                                String grantRequestedBy, Instant grantRequestedAt, String grantApprovedBy,
                                Instant grantApprovedAt) {
    }

    public record ShareRejectionAsOf(String rejectedBy, Instant rejectedAt, String rejectPurpose) {
    }

    /** forcedDelete: the grants were taken back because the share was deleted by force. */
    public record ShareRevocationAsOf(String revokedBy, Instant revokedAt, List<String> shareItemUris,
                                      boolean expired, boolean forcedDelete) {
    }
}
