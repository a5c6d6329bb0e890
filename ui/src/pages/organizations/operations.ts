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
