package io.grantline.graphql.environment;

import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import java.util.List;

/**
 * data.all's Environment (and EnvironmentSimplified) as seen by one caller. organizationUri and stackUri are
 * not in data.all's type; the nested fields (organization, stack) read them.
 */
public record EnvironmentNode(String environmentUri, String organizationUri, String stackUri, String label,
                              String name, String description, String AwsAccountId, String region,
                              String SamlGroupName, String owner, List<String> tags, String resourcePrefix,
                              List<ParameterNode> parameters, String EnvironmentDefaultIAMRoleName,
                              String EnvironmentDefaultIAMRoleArn, Boolean EnvironmentDefaultIAMRoleImported,
                              String EnvironmentDefaultBucketName, String EnvironmentDefaultAthenaWorkGroup,
                              String EnvironmentLogsBucketName, String PermissionsBoundaryPolicyArn,
                              Boolean subscriptionsEnabled, String subscriptionsProducersTopicName,
                              Boolean subscriptionsProducersTopicImported, String subscriptionsConsumersTopicName,
                              Boolean subscriptionsConsumersTopicImported, String environmentType,
                              Boolean isOrganizationDefaultEnvironment, Boolean validated, Boolean roleCreated,
                              String userRoleInEnvironment, String created, String updated, String deleted) {

    /** data.all's environment type; Grantline links data environments only. */
    static final String DATA = "Data";

    public record ParameterNode(String key, String value) {
    }

    public static EnvironmentNode of(EnvironmentView view, Actor actor) {
        List<ParameterNode> parameters = view.parameters().entrySet().stream()
                .map(p -> new ParameterNode(p.getKey(), p.getValue())).toList();
        return new EnvironmentNode(view.environmentUri(), view.organizationUri(), view.stackUri(), view.label(),
                view.name(), view.description(), view.awsAccountId(), view.region(), view.samlGroupName(),
                view.owner(), view.tags(), view.resourcePrefix(), parameters, view.defaultIamRoleName(),
                view.defaultIamRoleArn(), view.defaultIamRoleImported(), view.defaultBucketName(),
                view.defaultAthenaWorkGroup(), view.logsBucketName(), view.permissionsBoundaryPolicyArn(),
                view.subscriptionsEnabled(), view.producersTopicName(), view.producersTopicImported(),
                view.consumersTopicName(), view.consumersTopicImported(), DATA,
                // isOrganizationDefaultEnvironment: data.all always answers false
                false,
                view.validated(), view.roleCreated(), roleOf(view, actor), view.created(), view.updated(),
                view.deleted());
    }

    /** data.all's userRoleInEnvironment: Owner, Admin (member of the admin team), Invited or NotInvited. */
    static String roleOf(EnvironmentView view, Actor actor) {
        if (actor.username().equals(view.owner())) {
            return "Owner";
        }
        if (actor.isMemberOf(view.samlGroupName())) {
            return "Admin";
        }
        return view.teams().stream().anyMatch(actor::isMemberOf) ? "Invited" : "NotInvited";
    }
}
