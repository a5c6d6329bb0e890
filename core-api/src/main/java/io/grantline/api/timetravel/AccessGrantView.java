package io.grantline.api.timetravel;

import java.time.Instant;

/**
 * One reason a principal could access the resource. principalType is data.all's Group or ConsumptionRole; team is
 * the group uri acting; permission the data.all permission set (DATASET_ALL, DATASET_READ, DATASET_TABLE_ALL,
 * DATASET_TABLE_READ, DATASET_FOLDER_READ) for teams, or the share's data permissions (Read, Write, Modify) for a
 * share. itemUri and itemType name the shared item (a table, a folder, or the dataset for its bucket). The share
 * fields are null for owning teams; grantedAt is when the access began.
 */
public record AccessGrantView(String principalId, String principalType, String team, String permission,
                              AccessReason reason, String itemUri, String itemType, String shareUri,
                              String shareItemUri, String requestedBy, Instant requestedAt, String approvedBy,
                              Instant approvedAt, Instant grantedAt) {
}
