package io.grantline.bench;

/** The dataset operations the dataset benchmarks send, as a data.all client sends them. */
final class DatasetDocuments {

    static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri restricted { S3BucketName } }
            }""";
    static final String STACK_STATUS = """
            query($uri: String!) { getDataset(datasetUri: $uri) { stack { status error } } }""";
    static final String TABLE_COUNT = """
            query($uri: String!) { getDataset(datasetUri: $uri) { tables { count } } }""";
    static final String START_CRAWLER = """
            mutation($uri: String, $input: CrawlerInput) { startGlueCrawler(datasetUri: $uri, input: $input) { status } }""";
    static final String LIST_DATASETS = """
            query($filter: DatasetFilter) {
              listDatasets(filter: $filter) { count nodes { datasetUri label SamlAdminGroupName userRoleForDataset } }
            }""";
    static final String ENVIRONMENT_STACK_STATUS = """
            query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status } } }""";
    static final String INVITE_TO_ORGANIZATION = """
            mutation($input: InviteGroupToOrganizationInput!) {
              inviteGroupToOrganization(input: $input) { organizationUri }
            }""";
    static final String INVITE_TO_ENVIRONMENT = """
            mutation($input: InviteGroupOnEnvironmentInput!) {
              inviteGroupOnEnvironment(input: $input) { environmentUri }
            }""";

    private DatasetDocuments() {
    }
}
