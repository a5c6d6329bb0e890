package io.grantline.api.environment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Facts about environments, their teams, principals, networks and stack. */
public final class EnvironmentEvents {

    private EnvironmentEvents() {
    }

    /**
     * logsBucketName, the environment's access-logs bucket, came later: it is null in events recorded before it,
     * whose stacks keep the name CloudFormation gave that bucket.
     */
    public record EnvironmentCreated(String environmentUri, String organizationUri, String label, String name,
                                     String description, String awsAccountId, String region, String samlGroupName,
                                     String owner, List<String> tags, String resourcePrefix,
                                     Map<String, String> parameters, String defaultIamRoleName,
                                     String defaultIamRoleArn, boolean defaultIamRoleImported,
                                     String defaultBucketName, String defaultAthenaWorkGroup,
                                     String permissionsBoundaryPolicyArn, String vpcId, List<String> subnetIds,
                                     String stackUri, Instant created, String logsBucketName) {
    }

    /** Carries the whole updatable state after the change, so readers need no earlier event. */
    public record EnvironmentUpdated(String environmentUri, String label, String description, List<String> tags,
                                     String samlGroupName, String resourcePrefix, Map<String, String> parameters,
                                     String permissionsBoundaryPolicyArn, String vpcId, List<String> subnetIds,
                                     Instant updated) {
    }

    public record EnvironmentDeleted(String environmentUri, String organizationUri, boolean deleteFromAws,
                                     Instant deleted) {
    }

    public record GroupInvitedToEnvironment(String environmentUri, String groupUri, List<String> permissions,
                                            String environmentIamRoleName, String environmentIamRoleArn,
                                            boolean iamRoleImported, String environmentAthenaWorkGroup,
                                            String invitedBy, Instant invited) {
    }

    public record EnvironmentGroupPermissionsUpdated(String environmentUri, String groupUri,
                                                     List<String> permissions) {
    }

    public record GroupRemovedFromEnvironment(String environmentUri, String groupUri) {
    }

    public record ConsumptionPrincipalAdded(String environmentUri, String consumptionPrincipalUri,
                                            String consumptionPrincipalName, String groupUri,
                                            String iamPrincipalArn, String iamPrincipalName,
                                            String consumptionPrincipalType, String dataallManaged,
                                            Instant added) {
    }

    public record ConsumptionPrincipalUpdated(String environmentUri, String consumptionPrincipalUri,
                                              String consumptionPrincipalName, String groupUri,
                                              String dataallManaged, Instant updated) {
    }

    public record ConsumptionPrincipalRemoved(String environmentUri, String consumptionPrincipalUri) {
    }

    public record DataSubscriptionsEnabled(String environmentUri, String producersTopicName,
                                           boolean producersTopicImported, String consumersTopicName) {
    }

    public record DataSubscriptionsDisabled(String environmentUri) {
    }

    public record NetworkCreated(String environmentUri, String vpcUri, String vpcId, String label, String name,
                                 String description, String samlGroupName, String owner, String awsAccountId,
                                 String region, List<String> privateSubnetIds, List<String> publicSubnetIds,
                                 List<String> tags, Instant created) {
    }

    public record NetworkDeleted(String environmentUri, String vpcUri) {
    }

    public record EnvironmentKeyValueTagsUpdated(String environmentUri, List<KeyValueTag> tags) {
    }

    /**
     * The environment stack must be (re)deployed: after creation, an update, a team change or an explicit
     * request. The saga answers each request; deploymentId tells its reports apart.
     */
    public record EnvironmentStackDeploymentRequested(String environmentUri, String stackUri, String deploymentId,
                                                      String reason, Instant requested) {
    }

    public record EnvironmentStackStatusChanged(String environmentUri, String stackUri, String deploymentId,
                                                String status, String stackId, Map<String, String> outputs,
                                                String error, Instant changed) {
    }
}
