package io.grantline.api.organization;

import io.grantline.api.Page;
import java.util.List;

/** Queries answered from the organization read model, and their results. */
public final class OrganizationQueries {

    private OrganizationQueries() {
    }

    public record FindOrganization(String organizationUri) {
    }

    /** Organizations visible to any of the groups (owned by or invited to); all of them when groups is null. */
    public record ListOrganizations(List<String> groups, String term, boolean displayArchived, int page,
                                    int pageSize) {
    }

    public record ListOrganizationGroups(String organizationUri, String term, int page, int pageSize) {
    }

    public record FindOrganizationGroup(String organizationUri, String groupUri) {
    }

    public record OrganizationView(String organizationUri, String label, String name, String description,
                                   List<String> tags, String samlGroupName, String owner, String created,
                                   String updated, boolean archived, int environmentCount, int groupCount,
                                   int userCount) {
    }

    public record OrganizationGroupView(String organizationUri, String groupUri, List<String> permissions,
                                        String invitedBy, String created) {
    }

    public record OrganizationPage(Page<OrganizationView> page) {
    }

    public record OrganizationGroupPage(Page<OrganizationGroupView> page) {
    }
}
