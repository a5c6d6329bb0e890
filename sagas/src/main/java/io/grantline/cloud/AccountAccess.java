package io.grantline.cloud;

/**
 * Access to the AWS accounts linked as environments, always through the pivot role and its external id.
 * Failures are the typed {@link CloudException}s: access denied, throttled, timeout.
 */
public interface AccountAccess {

    /** Assumes the pivot role in the account: proves the account trusts this deployment. */
    CloudSession assumePivotRole(String accountId, String region);

    /** Temporary credentials of a team's role in the account, obtained through the pivot role. */
    CloudSession assumeTeamRole(String accountId, String region, String roleArn);

    /** A console sign-in URL for a team's role, valid for a short while. */
    String consoleSignInUrl(String accountId, String region, String roleArn);

    /** The account Grantline itself runs in: the one pivot roles must trust. */
    String trustAccount();
}
