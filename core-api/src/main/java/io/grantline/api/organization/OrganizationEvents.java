package io.grantline.api.organization;

import java.time.Instant;
import java.util.List;

/** Facts about organizations. */
public final class OrganizationEvents {

    private OrganizationEvents() {
    }

    public record OrganizationCreated(String organizationUri, String label, String name, String description,
                                      List<String> tags, String samlGroupName, String owner, Instant created) {
    }

    public record OrganizationUpdated(String organizationUri, String label, String description, List<String> tags,
                                      Instant updated) {
    }

    public record OrganizationArchived(String organizationUri, Instant archived) {
    }

    public record GroupInvitedToOrganization(String organizationUri, String groupUri, List<String> permissions,
                                             String invitedBy, Instant invited) {
    }

    public record OrganizationGroupPermissionsUpdated(String organizationUri, String groupUri,
                                                      List<String> permissions) {
    }

    public record GroupRemovedFromOrganization(String organizationUri, String groupUri) {
    }
}
