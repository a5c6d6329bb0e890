package io.grantline.api.stack;

/**
 * Queries answered by the cloud (through the pivot role), not by a read table: the pivot role a linked account
 * must trust, and temporary access to an environment as one of its teams.
 */
public final class CloudAccessQueries {

    private CloudAccessQueries() {
    }

    /** The pivot role every environment account must have, and whom it must trust. */
    public record FindPivotRole() {
    }

    public record PivotRoleView(String roleName, String externalId, String trustAccount) {
    }

    /** The IAM role a team works with in an environment; the admin team's when groupUri is null. */
    public record FindEnvironmentTeamRole(String environmentUri, String groupUri) {
    }

    public record EnvironmentTeamRole(String environmentUri, String groupUri, String accountId, String region,
                                      String roleArn) {
    }

    public record IssueTeamCredentials(String accountId, String region, String roleArn) {
    }

    public record TeamCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
                                  String expiration) {
    }

    public record IssueConsoleSignInUrl(String accountId, String region, String roleArn) {
    }

    public record ConsoleSignInUrl(String url) {
    }
}
