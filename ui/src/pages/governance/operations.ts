import { graphql } from '../../gql';

export const GOVERNANCE_KEY = ['governance'];

export const GovernanceHistory = graphql(`
  query GovernanceHistory($resourceUri: String!, $filter: GovernanceHistoryFilter) {
    governanceHistory(resourceUri: $resourceUri, filter: $filter) {
      count
      page
      pages
      nodes {
        eventId
        position
        time
        actor
        action
        resourceUri
        resourceType
        summary
        correlationId
        changes { field before after }
      }
    }
  }
`);

export const AccessAt = graphql(`
  query AccessAt($resourceUri: String!, $at: String!) {
    accessAt(resourceUri: $resourceUri, at: $at) {
      resourceUri
      resourceType
      datasetUri
      at
      lastEventPosition
      lastEventTime
      grants {
        principalId
        principalType
        team
        permission
        reason
        itemUri
        itemType
        shareUri
        requestedBy
        requestedAt
        approvedBy
        approvedAt
        grantedAt
      }
    }
  }
`);

export const ListDatasetsForGovernance = graphql(`
  query ListDatasetsForGovernance($filter: DatasetFilter) {
    listDatasets(filter: $filter) {
      count
      nodes { datasetUri label SamlAdminGroupName }
    }
  }
`);
