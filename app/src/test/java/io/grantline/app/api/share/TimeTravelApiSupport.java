package io.grantline.app.api.share;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The time-travel queries as a client sends them, over the share tests' world. */
abstract class TimeTravelApiSupport extends ShareApiSupport {

    static final String ACCESS_AT = """
            query($uri: String!, $at: String!) {
              accessAt(resourceUri: $uri, at: $at) {
                resourceUri resourceType datasetUri at lastEventPosition lastEventTime
                grants {
                  principalId principalType team permission reason itemUri itemType shareUri shareItemUri
                  requestedBy requestedAt approvedBy approvedAt grantedAt
                }
              }
            }""";
    static final String SHARE_AT = """
            query($uri: String!, $at: String!) {
              shareObjectAt(shareUri: $uri, at: $at) {
                shareUri datasetUri datasetName status permissions requestPurpose owner created
                submittedBy submittedAt approvedBy approvedAt expiryDate deleted asOf version
                principal { principalId principalType principalName groupUri environmentUri AwsAccountId
                            principalRoleArn }
                items { shareItemUri itemUri itemType itemName status healthStatus granted grantedAt
                        grantRequestedBy grantApprovedBy }
                rejections { rejectedBy rejectedAt rejectPurpose }
                revocations { revokedBy revokedAt shareItemUris expired forcedDelete }
              }
            }""";
    static final String DATASET_AT = """
            query($uri: String!, $at: String!) {
              datasetAt(datasetUri: $uri, at: $at) {
                datasetUri label name description tags topics owner SamlAdminGroupName environmentAdminGroup
                stewards environmentUri organizationUri AwsAccountId region confidentiality S3BucketName
                GlueDatabaseName created updated deleted asOf version
                tables { uri name label S3Prefix addedAt deleted }
                folders { uri name label S3Prefix addedAt deleted }
              }
            }""";

    JsonNode accessAt(User user, String resourceUri, Instant at) {
        return user.graphql(ACCESS_AT, "uri", resourceUri, "at", at.toString()).data("accessAt");
    }

    /** The grants of accessAt that the share gave. */
    List<JsonNode> shareGrants(JsonNode access, String shareUri) {
        List<JsonNode> grants = new ArrayList<>();
        access.get("grants").forEach(grant -> {
            if (shareUri.equals(grant.get("shareUri").asText(null))) {
                grants.add(grant);
            }
        });
        return grants;
    }

    /** The item uris the share granted, as accessAt lists them. */
    List<String> sharedItems(JsonNode access, String shareUri) {
        return shareGrants(access, shareUri).stream().map(grant -> grant.get("itemUri").asText()).sorted().toList();
    }

    JsonNode shareAt(User user, String shareUri, Instant at) {
        return user.graphql(SHARE_AT, "uri", shareUri, "at", at.toString()).data("shareObjectAt");
    }

    JsonNode datasetAt(User user, String datasetUri, Instant at) {
        return user.graphql(DATASET_AT, "uri", datasetUri, "at", at.toString()).data("datasetAt");
    }
}
