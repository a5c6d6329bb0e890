import { graphql } from '../../gql';

export const ORGANIZATIONS_KEY = ['organizations'];

export const ListOrganizations = graphql(`
  query ListOrganizations($filter: OrganizationFilter) {
    listOrganizations(filter: $filter) {
      count
      page
      pages
      nodes {
        organizationUri
        label
        description
        SamlGroupName
        owner
        created
        tags
        userRoleInOrganization
        stats { environments groups }
      }
    }
  }
`);

export const GetOrganization = graphql(`
  query GetOrganization($organizationUri: String!) {
    getOrganization(organizationUri: $organizationUri) {
      organizationUri
      label
      description
      SamlGroupName
      owner
      created
      updated
      tags
      userRoleInOrganization
      stats { environments groups users }
      environments(filter: { page: 1, pageSize: 100 }) {
        count
        nodes { environmentUri label AwsAccountId region SamlGroupName stack { status } }
      }
    }
  }
`);

export const ListOrganizationGroups = graphql(`
  query ListOrganizationGroups($organizationUri: String!, $filter: GroupFilter) {
    listOrganizationGroups(organizationUri: $organizationUri, filter: $filter) {
      count
      nodes { groupUri invitedBy created }
    }
  }
`);

export const CreateOrganization = graphql(`
  mutation CreateOrganization($input: NewOrganizationInput) {
    createOrganization(input: $input) {
      organizationUri
      label
    }
  }
`);

export const ListOrganizationGroupPermissions = graphql(`
  query ListOrganizationGroupPermissions($organizationUri: String!, $groupUri: String!) {
    listOrganizationGroupPermissions(organizationUri: $organizationUri, groupUri: $groupUri) {
      name
      description
    }
  }
`);

export const ListInviteOrganizationPermissions = graphql(`
  query ListInviteOrganizationPermissions {
    listInviteOrganizationPermissionsWithDescriptions { name description }
  }
`);

export const UpdateOrganization = graphql(`
  mutation UpdateOrganization($organizationUri: String!, $input: ModifyOrganizationInput!) {
    updateOrganization(organizationUri: $organizationUri, input: $input) {
      organizationUri
      label
    }
  }
`);

export const ArchiveOrganization = graphql(`
  mutation ArchiveOrganization($organizationUri: String!) {
    archiveOrganization(organizationUri: $organizationUri)
  }
`);

export const InviteGroupToOrganization = graphql(`
  mutation InviteGroupToOrganization($input: InviteGroupToOrganizationInput!) {
    inviteGroupToOrganization(input: $input) { organizationUri }
  }
`);

export const UpdateOrganizationGroup = graphql(`
  mutation UpdateOrganizationGroup($input: InviteGroupToOrganizationInput!) {
    updateOrganizationGroup(input: $input) { organizationUri }
  }
`);

export const RemoveGroupFromOrganization = graphql(`
  mutation RemoveGroupFromOrganization($organizationUri: String!, $groupUri: String!) {
    removeGroupFromOrganization(organizationUri: $organizationUri, groupUri: $groupUri) { organizationUri }
  }
`);
