package io.grantline.api.environment;

import io.grantline.api.Page;
import java.util.List;
import java.util.Map;

/** Queries answered from the environment read model (environments, teams, principals, networks), and their results. */
public final class EnvironmentQueries {

    private EnvironmentQueries() {
    }

    public record FindEnvironment(String environmentUri) {
    }

    /** The live environments among the uris; deleted ones are left out. */
    public record FindEnvironments(List<String> environmentUris) {
    }

    /**
     * The live environments the user owns or one of the groups is a team of. validOnly keeps those whose stack
     * is deployed (data.all's listValidEnvironments).
     */
    public record ListEnvironments(String username, List<String> groups, String term, String samlGroupName,
                                   boolean validOnly, int page, int pageSize) {
    }

    /** Every live environment of the organizations, whatever the caller; authorization is the asker's concern. */
    public record ListOrganizationsEnvironments(List<String> organizationUris) {
    }

    /** The simplified organizations data.all shows inside an environment. */
    public record FindOrganizationsSimplified(List<String> organizationUris) {
    }

    /**
     * Teams of an environment. groups limits them to the caller's teams (null: all teams); invitedOnly leaves out
     * the admin team.
     */
    public record ListEnvironmentGroups(String environmentUri, List<String> groups, boolean invitedOnly, String term,
                                        int page, int pageSize) {
    }

    /** The team memberships for every pair of environment and group given. */
    public record FindEnvironmentGroups(List<String> environmentUris, List<String> groupUris) {
    }

    /**
     * Consumption principals. environmentUri null: across environments; groups null: whatever their team;
     * groupUri narrows to one team.
     */
    public record ListConsumptionPrincipals(String environmentUri, List<String> groups, String groupUri, String term,
                                            int page, int pageSize) {
    }

    public record FindConsumptionPrincipal(String consumptionPrincipalUri) {
    }

    public record ListEnvironmentNetworks(String environmentUri, String term, int page, int pageSize) {
    }

    public record FindNetwork(String vpcUri) {
    }

    /** The networks of the environments on which any of the groups holds GET_NETWORK. */
    public record FindVisibleNetworks(List<String> environmentUris, List<String> groups) {
    }

    /** Which of the resources any of the groups holds the permission on. */
    public record FindResourcesGranted(List<String> resourceUris, List<String> groups, String permission) {
    }

    /**
     * validated: the environment stack has completed (created or updated) at least once; roleCreated: it has, and
     * it created the default team role rather than importing one.
     */
    public record EnvironmentView(String environmentUri, String organizationUri, String label, String name,
                                  String description, String awsAccountId, String region, String samlGroupName,
                                  String owner, List<String> tags, String resourcePrefix,
                                  Map<String, String> parameters, String defaultIamRoleName,
                                  String defaultIamRoleArn, boolean defaultIamRoleImported, String defaultBucketName,
                                  String defaultAthenaWorkGroup, String logsBucketName,
                                  String permissionsBoundaryPolicyArn, String vpcId,
                                  List<String> subnetIds, boolean subscriptionsEnabled, String producersTopicName,
                                  boolean producersTopicImported, String consumersTopicName,
                                  boolean consumersTopicImported, String stackUri, String stackStatus,
                                  boolean validated, boolean roleCreated,
                                  List<String> teams, String created, String updated, String deleted) {
    }

    public record EnvironmentGroupView(String environmentUri, String groupUri, boolean admin,
                                       List<String> permissions,
                                       String iamRoleName, String iamRoleArn, boolean iamRoleImported,
                                       String athenaWorkGroup, String invitedBy, String created, String updated) {
    }

    public record ConsumptionPrincipalView(String consumptionPrincipalUri, String environmentUri, String name,
                                           String groupUri, String iamPrincipalArn, String iamPrincipalName,
                                           String principalType, String dataallManaged, String created,
                                           String updated) {
    }

    public record NetworkView(String vpcUri, String environmentUri, String vpcId, String label, String name,
                              String description, String samlGroupName, String owner, String awsAccountId,
                              String region, List<String> privateSubnetIds, List<String> publicSubnetIds,
                              List<String> tags, String created) {
    }

    public record OrganizationSimplifiedView(String organizationUri, String label, String name) {
    }

    public record EnvironmentPage(Page<EnvironmentView> page) {
    }

    public record EnvironmentViews(List<EnvironmentView> environments) {
    }

    public record EnvironmentGroupPage(Page<EnvironmentGroupView> page) {
    }

    public record EnvironmentGroupViews(List<EnvironmentGroupView> groups) {
    }

    public record ConsumptionPrincipalPage(Page<ConsumptionPrincipalView> page) {
    }

    public record NetworkPage(Page<NetworkView> page) {
    }

    public record NetworkViews(List<NetworkView> networks) {
    }

    public record OrganizationSimplifiedViews(List<OrganizationSimplifiedView> organizations) {
    }

    public record GrantedResources(List<String> resourceUris) {
    }
}
