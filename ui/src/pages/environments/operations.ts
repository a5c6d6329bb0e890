import { graphql } from '../../gql';

export const ENVIRONMENTS_KEY = ['environments'];

export const ListValidEnvironments = graphql(`
  query ListValidEnvironments($filter: EnvironmentFilter) {
    listValidEnvironments(filter: $filter) {
      count
      nodes { environmentUri label region organization { organizationUri label } }
    }
  }
`);

export const ListEnvironments = graphql(`
  query ListEnvironments($filter: EnvironmentFilter) {
    listEnvironments(filter: $filter) {
      count
      page
      pages
      nodes {
        environmentUri
        label
        AwsAccountId
        region
        SamlGroupName
        userRoleInEnvironment
        created
        organization { organizationUri label }
        stack { status }
      }
    }
  }
`);

export const GetEnvironment = graphql(`
  query GetEnvironment($environmentUri: String!) {
    getEnvironment(environmentUri: $environmentUri) {
      environmentUri
      label
      description
      AwsAccountId
      region
      SamlGroupName
      owner
      created
      updated
      tags
      resourcePrefix
      environmentType
      userRoleInEnvironment
      parameters { key value }
      EnvironmentDefaultIAMRoleArn
      EnvironmentDefaultIAMRoleName
      EnvironmentDefaultIAMRoleImported
      EnvironmentDefaultBucketName
      EnvironmentDefaultAthenaWorkGroup
      EnvironmentLogsBucketName
      PermissionsBoundaryPolicyArn
      organization { organizationUri label }
      stack { stackUri status name stackid link outputs error updated }
    }
  }
`);

export const GetStackLogs = graphql(`
  query GetStackLogs($targetUri: String!, $targetType: String!) {
    getStackLogs(targetUri: $targetUri, targetType: $targetType) { logGroup logStream message timestamp }
  }
`);

export const UpdateStack = graphql(`
  mutation UpdateStack($targetUri: String!, $targetType: String!) {
    updateStack(targetUri: $targetUri, targetType: $targetType) { stackUri status }
  }
`);

export const CreateEnvironment = graphql(`
  mutation CreateEnvironment($input: NewEnvironmentInput!) {
    createEnvironment(input: $input) { environmentUri label }
  }
`);

export const UpdateEnvironment = graphql(`
  mutation UpdateEnvironment($environmentUri: String!, $input: ModifyEnvironmentInput!) {
    updateEnvironment(environmentUri: $environmentUri, input: $input) { environmentUri label }
  }
`);

export const DeleteEnvironment = graphql(`
  mutation DeleteEnvironment($environmentUri: String!, $deleteFromAWS: Boolean) {
    deleteEnvironment(environmentUri: $environmentUri, deleteFromAWS: $deleteFromAWS)
  }
`);

export const ListEnvironmentGroups = graphql(`
  query ListEnvironmentGroups($environmentUri: String!, $filter: GroupFilter) {
    listEnvironmentGroups(environmentUri: $environmentUri, filter: $filter) {
      count
      nodes { groupUri }
    }
  }
`);

export const ListEnvironmentGroupInvitationPermissions = graphql(`
  query ListEnvironmentGroupInvitationPermissions {
    listEnvironmentGroupInvitationPermissions { name description }
  }
`);

export const InviteGroupOnEnvironment = graphql(`
  mutation InviteGroupOnEnvironment($input: InviteGroupOnEnvironmentInput!) {
    inviteGroupOnEnvironment(input: $input) { environmentUri }
  }
`);

export const UpdateGroupEnvironmentPermissions = graphql(`
  mutation UpdateGroupEnvironmentPermissions($input: InviteGroupOnEnvironmentInput!) {
    updateGroupEnvironmentPermissions(input: $input) { environmentUri }
  }
`);

export const RemoveGroupFromEnvironment = graphql(`
  mutation RemoveGroupFromEnvironment($environmentUri: String!, $groupUri: String!) {
    removeGroupFromEnvironment(environmentUri: $environmentUri, groupUri: $groupUri) { environmentUri }
  }
`);

export const ListEnvironmentConsumptionPrincipals = graphql(`
  query ListEnvironmentConsumptionPrincipals($environmentUri: String!, $filter: ConsumptionPrincipalFilter) {
    listEnvironmentConsumptionPrincipals(environmentUri: $environmentUri, filter: $filter) {
      count
      nodes {
        consumptionPrincipalUri
        consumptionPrincipalName
        consumptionPrincipalType
        IAMPrincipalArn
        IAMPrincipalName
        groupUri
        dataallManaged
        created
      }
    }
  }
`);

export const AddConsumptionPrincipal = graphql(`
  mutation AddConsumptionPrincipal($input: AddConsumptionPrincipalToEnvironmentInput!) {
    addConsumptionPrincipalToEnvironment(input: $input) { consumptionPrincipalUri }
  }
`);

export const UpdateConsumptionPrincipal = graphql(`
  mutation UpdateConsumptionPrincipal($environmentUri: String!, $consumptionPrincipalUri: String!,
                                      $input: UpdateConsumptionPrincipalInput) {
    updateConsumptionPrincipal(environmentUri: $environmentUri, consumptionPrincipalUri: $consumptionPrincipalUri,
                               input: $input) { consumptionPrincipalUri }
  }
`);

export const RemoveConsumptionPrincipal = graphql(`
  mutation RemoveConsumptionPrincipal($environmentUri: String!, $consumptionPrincipalUri: String!) {
    removeConsumptionPrincipalFromEnvironment(environmentUri: $environmentUri,
                                              consumptionPrincipalUri: $consumptionPrincipalUri)
  }
`);

export const ListEnvironmentNetworks = graphql(`
  query ListEnvironmentNetworks($environmentUri: String!, $filter: VpcFilter) {
    listEnvironmentNetworks(environmentUri: $environmentUri, filter: $filter) {
      count
      nodes { vpcUri VpcId label description SamlGroupName privateSubnetIds publicSubnetIds region default }
    }
  }
`);

export const CreateNetwork = graphql(`
  mutation CreateNetwork($input: NewVpcInput!) {
    createNetwork(input: $input) { vpcUri }
  }
`);

export const DeleteNetwork = graphql(`
  mutation DeleteNetwork($vpcUri: String!) {
    deleteNetwork(vpcUri: $vpcUri)
  }
`);

export const ListOrganizationsToLink = graphql(`
  query ListOrganizationsToLink($filter: OrganizationFilter) {
    listOrganizations(filter: $filter) {
      nodes { organizationUri label }
    }
  }
`);

export const ListAllEnvironmentGroups = graphql(`
  query ListAllEnvironmentGroups($environmentUri: String!, $filter: GroupFilter) {
    listAllEnvironmentGroups(environmentUri: $environmentUri, filter: $filter) {
      count
      nodes {
        groupUri
        invitedBy
        environmentIAMRoleArn
        environmentPermissions(environmentUri: $environmentUri) { name description }
      }
    }
  }
`);
