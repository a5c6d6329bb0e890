import { graphql } from '../../gql';

export const DATASETS_KEY = ['datasets'];

/** The queries of one dataset (its detail, tables, folders, crawler run) share this key's prefix. */
export const datasetKey = (datasetUri: string) => [...DATASETS_KEY, datasetUri];

/** The queries of one table (detail, columns, preview, profiling) share this key's prefix. */
export const tableKey = (tableUri: string) => [...DATASETS_KEY, 'table', tableUri];

/** What a row of the dataset lists shows: every dataset, or only the caller's teams' ones. */
export const DatasetListItem = graphql(`
  fragment DatasetListItem on DatasetBase {
    datasetUri
    label
    SamlAdminGroupName
    userRoleForDataset
    imported
    created
    region
    AwsAccountId
    environment { environmentUri label }
    stack { status }
  }
`);

export const ListDatasets = graphql(`
  query ListDatasets($filter: DatasetFilter) {
    listDatasets(filter: $filter) {
      count
      page
      pages
      nodes { ...DatasetListItem }
    }
  }
`);

export const ListOwnedDatasets = graphql(`
  query ListOwnedDatasets($filter: DatasetFilter) {
    listOwnedDatasets(filter: $filter) {
      count
      page
      pages
      nodes { ...DatasetListItem }
    }
  }
`);

export const GetDatasetEnvironmentOrganization = graphql(`
  query GetDatasetEnvironmentOrganization($environmentUri: String!) {
    getEnvironment(environmentUri: $environmentUri) {
      environmentUri
      organization { organizationUri label }
    }
  }
`);

export const CreateDataset = graphql(`
  mutation CreateDataset($input: NewDatasetInput!) {
    createDataset(input: $input) {
      datasetUri
      label
    }
  }
`);

export const ImportDataset = graphql(`
  mutation ImportDataset($input: ImportDatasetInput) {
    importDataset(input: $input) {
      datasetUri
      label
    }
  }
`);

export const GetDataset = graphql(`
  query GetDataset($datasetUri: String!) {
    getDataset(datasetUri: $datasetUri) {
      datasetUri
      label
      name
      description
      owner
      created
      updated
      SamlAdminGroupName
      stewards
      owners
      confidentiality
      language
      topics
      tags
      imported
      autoApprovalEnabled
      enableExpiration
      expirySetting
      expiryMinDuration
      expiryMaxDuration
      userRoleForDataset
      environment { environmentUri label region organization { organizationUri label } }
      restricted {
        AwsAccountId
        region
        S3BucketName
        GlueDatabaseName
        GlueCrawlerName
        IAMDatasetAdminRoleArn
        KmsAlias
      }
      stack { stackUri status error updated }
      statistics { tables locations upvotes }
      terms { count nodes { nodeUri label path readme glossary { label } } }
    }
  }
`);

export const UpdateDataset = graphql(`
  mutation UpdateDataset($datasetUri: String, $input: ModifyDatasetInput) {
    updateDataset(datasetUri: $datasetUri, input: $input) {
      datasetUri
      label
    }
  }
`);

export const DeleteDataset = graphql(`
  mutation DeleteDataset($datasetUri: String!, $deleteFromAWS: Boolean) {
    deleteDataset(datasetUri: $datasetUri, deleteFromAWS: $deleteFromAWS)
  }
`);

export const SearchGlossaryTerms = graphql(`
  query SearchGlossaryTerms($filter: GlossaryNodeSearchFilter) {
    searchGlossary(filter: $filter) {
      count
      nodes {
        ... on Term { nodeUri label path glossary { label } }
      }
    }
  }
`);

export const ListDatasetTablesOfDataset = graphql(`
  query ListDatasetTablesOfDataset($datasetUri: String!, $filter: DatasetTableFilter) {
    getDataset(datasetUri: $datasetUri) {
      datasetUri
      tables(filter: $filter) {
        count
        page
        pages
        nodes {
          tableUri
          label
          name
          description
          stage
          LastGlueTableStatus
          created
          restricted { GlueTableName S3Prefix }
        }
      }
    }
  }
`);

export const ListDatasetFolders = graphql(`
  query ListDatasetFolders($datasetUri: String!, $filter: DatasetStorageLocationFilter) {
    getDataset(datasetUri: $datasetUri) {
      datasetUri
      locations(filter: $filter) {
        count
        page
        pages
        nodes { locationUri label S3Prefix description tags locationCreated created }
      }
    }
  }
`);

export const CreateDatasetFolder = graphql(`
  mutation CreateDatasetFolder($datasetUri: String!, $input: NewDatasetStorageLocationInput) {
    createDatasetStorageLocation(datasetUri: $datasetUri, input: $input) {
      locationUri
      label
    }
  }
`);

export const UpdateDatasetFolder = graphql(`
  mutation UpdateDatasetFolder($locationUri: String, $input: ModifyDatasetStorageLocationInput) {
    updateDatasetStorageLocation(locationUri: $locationUri, input: $input) {
      locationUri
      label
    }
  }
`);

export const DeleteDatasetFolder = graphql(`
  mutation DeleteDatasetFolder($locationUri: String!) {
    deleteDatasetStorageLocation(locationUri: $locationUri)
  }
`);

export const GetGlueCrawlerRun = graphql(`
  query GetGlueCrawlerRun($datasetUri: String!) {
    getGlueCrawlerRun(datasetUri: $datasetUri) {
      crawlerRunId
      crawlerName
      location
      status
      error
      startedBy
      created
      updated
    }
  }
`);

export const StartGlueCrawler = graphql(`
  mutation StartGlueCrawler($datasetUri: String, $input: CrawlerInput) {
    startGlueCrawler(datasetUri: $datasetUri, input: $input) {
      Name
      status
    }
  }
`);

export const GetDatasetTable = graphql(`
  query GetDatasetTable($tableUri: String!) {
    getDatasetTable(tableUri: $tableUri) {
      tableUri
      datasetUri
      label
      name
      description
      stage
      owner
      created
      userRoleForTable
      LastGlueTableStatus
      restricted { GlueDatabaseName GlueTableName S3Prefix }
      dataset { datasetUri label }
    }
  }
`);

export const ListTableColumns = graphql(`
  query ListTableColumns($tableUri: String!, $filter: DatasetTableColumnFilter) {
    listDatasetTableColumns(tableUri: $tableUri, filter: $filter) {
      count
      page
      pages
      nodes { columnUri label name typeName columnType description }
    }
  }
`);

export const UpdateTableColumn = graphql(`
  mutation UpdateTableColumn($columnUri: String, $input: DatasetTableColumnInput) {
    updateDatasetTableColumn(columnUri: $columnUri, input: $input) {
      columnUri
      description
    }
  }
`);

export const PreviewTable = graphql(`
  query PreviewTable($tableUri: String!) {
    previewTable(tableUri: $tableUri) {
      fields
      rows
    }
  }
`);

export const GetTableProfilingRun = graphql(`
  query GetTableProfilingRun($tableUri: String!) {
    getDatasetTableProfilingRun(tableUri: $tableUri) {
      profilingRunUri
      status
      results
      error
      created
      updated
    }
  }
`);

export const StartTableProfilingRun = graphql(`
  mutation StartTableProfilingRun($input: StartDatasetProfilingRunInput) {
    startDatasetProfilingRun(input: $input) {
      profilingRunUri
      status
    }
  }
`);

export const FEED_KEY = ['feed'];

export const GetFeed = graphql(`
  query GetFeed($targetType: String!, $targetUri: String!, $filter: FeedMessageFilter) {
    getFeed(targetType: $targetType, targetUri: $targetUri) {
      feedTargetType
      feedTargetUri
      messages(filter: $filter) {
        count
        page
        pages
        nodes { feedMessageUri content creator created }
      }
    }
  }
`);

export const PostFeedMessage = graphql(`
  mutation PostFeedMessage($targetType: String!, $targetUri: String!, $input: FeedMessageInput) {
    postFeedMessage(targetType: $targetType, targetUri: $targetUri, input: $input) {
      feedMessageUri
    }
  }
`);

export const VOTES_KEY = ['votes'];

export const GetUpVotes = graphql(`
  query GetUpVotes($targetType: String!, $targetUri: String!) {
    countUpVotes(targetType: $targetType, targetUri: $targetUri)
    getVote(targetType: $targetType, targetUri: $targetUri) { voteUri upvote }
  }
`);

export const UpVote = graphql(`
  mutation UpVote($input: VoteInput!) {
    upVote(input: $input) {
      voteUri
      upvote
    }
  }
`);
