package io.grantline.bench;

/** The operations the share benchmark sends, as a data.all client sends them. */
final class ShareDocuments {

    static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri restricted { S3BucketName } }
            }""";
    static final String CREATE_FOLDER = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri }
            }""";
    static final String TABLES = """
            query($uri: String!) { getDataset(datasetUri: $uri) { tables { nodes { tableUri name } } } }""";
    static final String ADD_CONSUMPTION_ROLE = """
            mutation($input: AddConsumptionPrincipalToEnvironmentInput!) {
              addConsumptionPrincipalToEnvironment(input: $input) { consumptionPrincipalUri }
            }""";
    static final String CREATE_SHARE = """
            mutation($dataset: String!, $input: NewShareObjectInput!) {
              createShareObject(datasetUri: $dataset, input: $input) { shareUri }
            }""";
    static final String ADD_ITEM = """
            mutation($share: String!, $input: AddSharedItemInput) {
              addSharedItem(shareUri: $share, input: $input) { shareItemUri }
            }""";
    static final String SUBMIT = """
            mutation($share: String!) { submitShareObject(shareUri: $share) { status } }""";
    static final String APPROVE = """
            mutation($share: String!) { approveShareObject(shareUri: $share) { status } }""";
    static final String SHARE_STATE = """
            query($share: String!) {
              getShareObject(shareUri: $share) {
                status items(filter: {isShared: true, pageSize: 100}) { nodes { status } }
              }
            }""";

    private ShareDocuments() {
    }
}
