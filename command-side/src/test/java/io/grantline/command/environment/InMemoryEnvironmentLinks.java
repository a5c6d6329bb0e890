package io.grantline.command.environment;

import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.command.lookup.EnvironmentLinks;
import java.util.LinkedHashMap;
import java.util.Map;

/** The links kept in memory, with the rules of the JDBC table, for the aggregate tests that run without a database. */
class InMemoryEnvironmentLinks implements EnvironmentLinks {

    record Link(String organizationUri, String awsAccountId, String region, String adminGroup) {
    }

    final Map<String, Link> links = new LinkedHashMap<>();

    @Override
    public void link(String environmentUri, String organizationUri, String awsAccountId, String region,
                     String adminGroup) {
        boolean taken = links.values().stream()
                .anyMatch(link -> link.awsAccountId().equals(awsAccountId) && link.region().equals(region));
        if (taken || links.containsKey(environmentUri)) {
            throw new ResourceAlreadyExists("createEnvironment", "Account " + awsAccountId + " in region " + region
                    + " is already linked to an environment");
        }
        links.put(environmentUri, new Link(organizationUri, awsAccountId, region, adminGroup));
    }

    @Override
    public void changeAdminGroup(String environmentUri, String adminGroup) {
        links.computeIfPresent(environmentUri, (uri, link) ->
                new Link(link.organizationUri(), link.awsAccountId(), link.region(), adminGroup));
    }

    @Override
    public void unlink(String environmentUri) {
        links.remove(environmentUri);
    }

    @Override
    public int countInOrganization(String organizationUri) {
        return (int) links.values().stream().filter(link -> link.organizationUri().equals(organizationUri)).count();
    }

    @Override
    public int countOwnedByGroup(String organizationUri, String group) {
        return (int) links.values().stream().filter(link -> link.organizationUri().equals(organizationUri)
                && link.adminGroup().equals(group)).count();
    }
}
