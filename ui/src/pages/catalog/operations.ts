import { graphql } from '../../gql';

export const CATALOG_KEY = ['catalog'];
export const REQUESTER_KEY = ['catalog', 'requester'];

export const SearchCatalog = graphql(`
  query SearchCatalog($filter: CatalogSearchFilter) {
    searchCatalog(filter: $filter) {
      count
      page
      pages
      nodes {
        uri
        resourceKind
        label
        name
        description
        tags
        topics
        terms
        classification
        region
        ownerTeam
        environmentUri
        environmentName
        organizationName
        datasetUri
        access
      }
      facets {
        kinds { value count }
        tags { value count }
        topics { value count }
        terms { value count }
        classifications { value count }
        regions { value count }
        environments { value count }
        ownerTeams { value count }
      }
    }
  }
`);

/** The caller's own requests for some datasets: where a hit they have access to was granted. */
export const MySharesOfDatasets = graphql(`
  query MySharesOfDatasets($filter: ShareObjectFilter) {
    getShareRequestsFromMe(filter: $filter) {
      nodes {
        shareUri
        status
        dataset { datasetUri }
        items(filter: { isShared: true, pageSize: 100 }) {
          nodes { itemUri status }
        }
      }
    }
  }
`);

export const RequesterEnvironments = graphql(`
  query RequesterEnvironments($filter: EnvironmentFilter) {
    listValidEnvironments(filter: $filter) {
      count
      nodes { environmentUri label region organization { label } }
    }
  }
`);

export const RequesterConsumptionRoles = graphql(`
  query RequesterConsumptionRoles($filter: ConsumptionPrincipalFilter) {
    listAllConsumptionPrincipals(filter: $filter) {
      nodes { consumptionPrincipalUri consumptionPrincipalName IAMPrincipalName environmentUri groupUri }
    }
  }
`);

export const CreateShareRequest = graphql(`
  mutation CreateShareRequest($datasetUri: String!, $input: NewShareObjectInput!) {
    createShareObject(datasetUri: $datasetUri, input: $input) {
      shareUri
      status
      alreadyExisted
    }
  }
`);

/** Every item the share may hold (the dataset's tables, folders and bucket), each with its share item if held. */
export const ShareableItems = graphql(`
  query ShareableItems($shareUri: String!) {
    getShareObject(shareUri: $shareUri) {
      shareUri
      status
      items(filter: { page: 1, pageSize: 100 }) {
        nodes { shareItemUri itemUri itemType itemName description status }
      }
    }
  }
`);

export const AddShareRequestItem = graphql(`
  mutation AddShareRequestItem($shareUri: String!, $input: AddSharedItemInput) {
    addSharedItem(shareUri: $shareUri, input: $input) { shareItemUri status }
  }
`);

export const SubmitShareRequest = graphql(`
  mutation SubmitShareRequest($shareUri: String!) {
    submitShareObject(shareUri: $shareUri) { shareUri status }
  }
`);
