package io.grantline.command.lookup;

/**
 * The set-wide facts about environments that single aggregates cannot see: which AWS account and region
 * pairs are linked, to which organization, and which team administers each. Kept in the same transaction
 * as the events that change them.
 */
public interface EnvironmentLinks {

    /** Links the account and region, refusing with ResourceAlreadyExists when the pair is already linked. */
    void link(String environmentUri, String organizationUri, String awsAccountId, String region, String adminGroup);

    void changeAdminGroup(String environmentUri, String adminGroup);

    void unlink(String environmentUri);

    int countInOrganization(String organizationUri);

    int countOwnedByGroup(String organizationUri, String group);
}
