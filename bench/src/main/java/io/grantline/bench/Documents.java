package io.grantline.bench;

/** The GraphQL documents the load driver sends: data.all's operations, as a data.all client sends them. */
final class Documents {

    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) {
              createOrganization(input: $input) { organizationUri label }
            }""";
    static final String UPDATE_ORGANIZATION = """
            mutation($uri: String!, $input: ModifyOrganizationInput!) {
              updateOrganization(organizationUri: $uri, input: $input) { organizationUri label }
            }""";
    static final String GET_ORGANIZATION = """
            query($uri: String!) { getOrganization(organizationUri: $uri) { organizationUri label } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) {
              createEnvironment(input: $input) { environmentUri label }
            }""";
    static final String UPDATE_ENVIRONMENT = """
            mutation($uri: String!, $input: ModifyEnvironmentInput!) {
              updateEnvironment(environmentUri: $uri, input: $input) { environmentUri description }
            }""";

    private Documents() {
    }
}
