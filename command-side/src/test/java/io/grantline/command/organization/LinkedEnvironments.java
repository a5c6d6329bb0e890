package io.grantline.command.organization;

import io.grantline.command.lookup.EnvironmentLinks;
import java.util.ArrayList;
import java.util.List;

/** The environment lookup table kept in memory: the aggregate tests run without a database. */
class LinkedEnvironments implements EnvironmentLinks {

    private record Link(String environmentUri, String organizationUri, String adminGroup) {
    }

    private final List<Link> links = new ArrayList<>();

    LinkedEnvironments with(String environmentUri, String organizationUri, String adminGroup) {
        links.add(new Link(environmentUri, organizationUri, adminGroup));
        return this;
    }

    @Override
    public void link(String environmentUri, String organizationUri, String awsAccountId, String region,
                     String adminGroup) {
        with(environmentUri, organizationUri, adminGroup);
    }

    @Override
    public void changeAdminGroup(String environmentUri, String adminGroup) {
        links.replaceAll(link -> link.environmentUri().equals(environmentUri)
                ? new Link(environmentUri, link.organizationUri(), adminGroup) : link);
    }

    @Override
    public void unlink(String environmentUri) {
        links.removeIf(link -> link.environmentUri().equals(environmentUri));
    }

    @Override
    public int countInOrganization(String organizationUri) {
        return (int) links.stream().filter(link -> link.organizationUri().equals(organizationUri)).count();
    }

    @Override
    public int countOwnedByGroup(String organizationUri, String group) {
        return (int) links.stream()
                .filter(link -> link.organizationUri().equals(organizationUri) && link.adminGroup().equals(group))
                .count();
    }
}
