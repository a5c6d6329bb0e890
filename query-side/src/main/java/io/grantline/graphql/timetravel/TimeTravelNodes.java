package io.grantline.graphql.timetravel;

import io.grantline.api.timetravel.AccessAtView;
import io.grantline.api.timetravel.AccessGrantView;
import io.grantline.api.timetravel.DatasetAsOfView;
import io.grantline.api.timetravel.DatasetAsOfView.DatasetPartAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareItemAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.SharePrincipalAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareRejectionAsOf;
import io.grantline.api.timetravel.ShareObjectAsOfView.ShareRevocationAsOf;
import java.time.Instant;
import java.util.List;

/** The GraphQL types of time travel: instants as ISO-8601 text, event store positions in decimal. */
final class TimeTravelNodes {

    private TimeTravelNodes() {
    }

    record AccessAtNode(String resourceUri, String resourceType, String datasetUri, String at,
                        String lastEventPosition, String lastEventTime, List<AccessGrantNode> grants) {

        static AccessAtNode of(AccessAtView view) {
            return new AccessAtNode(view.resourceUri(), view.resourceType(), view.datasetUri(), text(view.at()),
                    view.lastEventPosition() < 0 ? null : Long.toString(view.lastEventPosition()),
                    text(view.lastEventTime()), view.grants().stream().map(AccessGrantNode::of).toList());
        }
    }

    record AccessGrantNode(String principalId, String principalType, String team, String permission, String reason,
                           String itemUri, String itemType, String shareUri, String shareItemUri,
                           String requestedBy, String requestedAt, String approvedBy, String approvedAt,
                           String grantedAt) {

        static AccessGrantNode of(AccessGrantView view) {
            return new AccessGrantNode(view.principalId(), view.principalType(), view.team(), view.permission(),
                    view.reason().name(), view.itemUri(), view.itemType(), view.shareUri(), view.shareItemUri(),
                    view.requestedBy(), text(view.requestedAt()), view.approvedBy(), text(view.approvedAt()),
                    text(view.grantedAt()));
        }
    }

    record DatasetPartNode(String uri, String name, String label, String S3Prefix, String addedAt, boolean deleted,
                           String deletedAt) {

        static DatasetPartNode of(DatasetPartAsOf part) {
            return new DatasetPartNode(part.uri(), part.name(), part.label(), part.s3Prefix(), text(part.added()),
                    part.deleted(), text(part.deletedAt()));
        }
    }

    record DatasetAsOfNode(String datasetUri, String label, String name, String description, List<String> tags,
                           List<String> topics, String owner, String SamlAdminGroupName,
                           String environmentAdminGroup, String stewards, String environmentUri,
                           String organizationUri, String AwsAccountId, String region, String confidentiality,
                           String S3BucketName, String GlueDatabaseName, List<DatasetPartNode> tables,
                           List<DatasetPartNode> folders, String created, String updated, boolean deleted,
                           String deletedAt, String asOf, int version) {

        static DatasetAsOfNode of(DatasetAsOfView view) {
            return new DatasetAsOfNode(view.datasetUri(), view.label(), view.name(), view.description(), view.tags(),
                    view.topics(), view.owner(), view.samlAdminGroupName(), view.environmentAdminGroup(),
                    view.stewards(), view.environmentUri(), view.organizationUri(), view.awsAccountId(),
                    view.region(), view.confidentiality(), view.s3BucketName(), view.glueDatabaseName(),
                    view.tables().stream().map(DatasetPartNode::of).toList(),
                    view.folders().stream().map(DatasetPartNode::of).toList(), text(view.created()),
                    text(view.updated()), view.deleted(), text(view.deletedAt()), text(view.asOf()),
                    Math.toIntExact(view.version()));
        }
    }

    record SharePrincipalNode(String principalId, String principalType, String principalName, String groupUri,
                              String environmentUri, String AwsAccountId, String principalRoleArn) {

        static SharePrincipalNode of(SharePrincipalAsOf principal) {
            return principal == null ? null : new SharePrincipalNode(principal.principalId(),
                    principal.principalType(), principal.principalName(), principal.groupUri(),
                    principal.environmentUri(), principal.awsAccountId(), principal.roleArn());
        }
    }

    record ShareItemNode(String shareItemUri, String itemUri, String itemType, String itemName, String status,
                         String healthStatus, String healthMessage, boolean granted, String grantedAt,
                         String grantRequestedBy, String grantRequestedAt, String grantApprovedBy,
                         String grantApprovedAt) {

        static ShareItemNode of(ShareItemAsOf item) {
            return new ShareItemNode(item.shareItemUri(), item.itemUri(), item.itemType(), item.itemName(),
                    item.status(), item.healthStatus(), item.healthMessage(), item.granted(), text(item.grantedAt()),
                    item.grantRequestedBy(), text(item.grantRequestedAt()), item.grantApprovedBy(),
                    text(item.grantApprovedAt()));
        }
    }

    record ShareRejectionNode(String rejectedBy, String rejectedAt, String rejectPurpose) {

        static ShareRejectionNode of(ShareRejectionAsOf rejection) {
            return new ShareRejectionNode(rejection.rejectedBy(), text(rejection.rejectedAt()),
                    rejection.rejectPurpose());
        }
    }

    record ShareRevocationNode(String revokedBy, String revokedAt, List<String> shareItemUris, boolean expired,
                               boolean forcedDelete) {

        static ShareRevocationNode of(ShareRevocationAsOf revocation) {
            return new ShareRevocationNode(revocation.revokedBy(), text(revocation.revokedAt()),
                    revocation.shareItemUris(), revocation.expired(), revocation.forcedDelete());
        }
    }

    record ShareObjectAsOfNode(String shareUri, String datasetUri, String datasetName, String status,
                               SharePrincipalNode principal, List<String> permissions, String requestPurpose,
                               String rejectPurpose, String owner, String created, String submittedBy,
                               String submittedAt, String approvedBy, String approvedAt, String expiryDate,
                               List<ShareItemNode> items, List<ShareRejectionNode> rejections,
                               List<ShareRevocationNode> revocations, boolean deleted, String deletedBy,
                               String deletedAt, String asOf, int version) {

        static ShareObjectAsOfNode of(ShareObjectAsOfView view) {
            return new ShareObjectAsOfNode(view.shareUri(), view.datasetUri(), view.datasetName(), view.status(),
                    SharePrincipalNode.of(view.principal()), view.permissions(), view.requestPurpose(),
                    view.rejectPurpose(), view.owner(), text(view.created()), view.submittedBy(),
                    text(view.submittedAt()), view.approvedBy(), text(view.approvedAt()), text(view.expiryDate()),
                    view.items().stream().map(ShareItemNode::of).toList(),
                    view.rejections().stream().map(ShareRejectionNode::of).toList(),
                    view.revocations().stream().map(ShareRevocationNode::of).toList(), view.deleted(),
                    view.deletedBy(), text(view.deletedAt()), text(view.asOf()), Math.toIntExact(view.version()));
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
