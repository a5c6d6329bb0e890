package io.grantline.api.environment;

import io.grantline.api.Actor;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the Environment aggregate: an AWS account and region linked to an organization. */
public final class EnvironmentCommands {

    private EnvironmentCommands() {
    }

    public record CreateEnvironment(@TargetAggregateIdentifier String environmentUri, String organizationUri,
                                    String label, String description, String awsAccountId, String region,
                                    String samlGroupName, List<String> tags, String resourcePrefix,
                                    Map<String, String> parameters, String defaultIamRoleArn,
                                    String permissionsBoundaryPolicyArn, String vpcId, List<String> subnetIds,
                                    String stackUri, Actor actor) {
    }

    /** Null fields are left as they are. */
    public record UpdateEnvironment(@TargetAggregateIdentifier String environmentUri, String label,
                                    String description, List<String> tags, String samlGroupName,
                                    String resourcePrefix, Map<String, String> parameters,
                                    String permissionsBoundaryPolicyArn, String vpcId, List<String> subnetIds,
                                    Actor actor) {
    }

    public record DeleteEnvironment(@TargetAggregateIdentifier String environmentUri, boolean deleteFromAws,
                                    Actor actor) {
    }

    public record InviteGroupOnEnvironment(@TargetAggregateIdentifier String environmentUri, String groupUri,
                                           List<String> permissions, String environmentIamRoleArn, Actor actor) {
    }

    public record UpdateGroupEnvironmentPermissions(@TargetAggregateIdentifier String environmentUri,
                                                    String groupUri, List<String> permissions, Actor actor) {
    }

    public record RemoveGroupFromEnvironment(@TargetAggregateIdentifier String environmentUri, String groupUri,
                                             Actor actor) {
    }

    public record AddConsumptionPrincipal(@TargetAggregateIdentifier String environmentUri,
                                          String consumptionPrincipalUri, String consumptionPrincipalName,
                                          String groupUri, String iamPrincipalArn, String dataallManaged,
                                          Actor actor) {
    }

    public record UpdateConsumptionPrincipal(@TargetAggregateIdentifier String environmentUri,
                                             String consumptionPrincipalUri, String consumptionPrincipalName,
                                             String groupUri, String dataallManaged, Actor actor) {
    }

    public record RemoveConsumptionPrincipal(@TargetAggregateIdentifier String environmentUri,
                                             String consumptionPrincipalUri, Actor actor) {
    }

    public record EnableDataSubscriptions(@TargetAggregateIdentifier String environmentUri, String producersTopicArn,
                                          Actor actor) {
    }

    public record DisableDataSubscriptions(@TargetAggregateIdentifier String environmentUri, Actor actor) {
    }

    public record CreateNetwork(@TargetAggregateIdentifier String environmentUri, String vpcUri, String vpcId,
                                String label, String description, String samlGroupName,
                                List<String> privateSubnetIds, List<String> publicSubnetIds, List<String> tags,
                                Actor actor) {
    }

    public record DeleteNetwork(@TargetAggregateIdentifier String environmentUri, String vpcUri, Actor actor) {
    }

    /** Replaces the key-value tags applied to the environment's stack; the stack is then redeployed. */
    public record UpdateEnvironmentKeyValueTags(@TargetAggregateIdentifier String environmentUri,
                                                List<KeyValueTag> tags, Actor actor) {
    }

    /** Asks for the environment stack to be deployed again (data.all's updateStack). */
    public record RedeployEnvironmentStack(@TargetAggregateIdentifier String environmentUri, Actor actor) {
    }

    /** Reported by the environment saga as the stack moves through its lifecycle. */
    public record RecordEnvironmentStackStatus(@TargetAggregateIdentifier String environmentUri, String deploymentId,
                                               String status, String stackId, Map<String, String> outputs,
                                               String error) {
    }
}
