package io.grantline.api.organization;

import io.grantline.api.Actor;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the Organization aggregate. */
public final class OrganizationCommands {

    private OrganizationCommands() {
    }

    public record CreateOrganization(@TargetAggregateIdentifier String organizationUri, String label,
                                     String description, List<String> tags, String samlGroupName, Actor actor) {
    }

    public record UpdateOrganization(@TargetAggregateIdentifier String organizationUri, String label,
                                     String description, List<String> tags, Actor actor) {
    }

    public record ArchiveOrganization(@TargetAggregateIdentifier String organizationUri, Actor actor) {
    }

    public record InviteGroupToOrganization(@TargetAggregateIdentifier String organizationUri, String groupUri,
                                            List<String> permissions, Actor actor) {
    }

    public record UpdateOrganizationGroup(@TargetAggregateIdentifier String organizationUri, String groupUri,
                                          List<String> permissions, Actor actor) {
    }

    public record RemoveGroupFromOrganization(@TargetAggregateIdentifier String organizationUri, String groupUri,
                                              Actor actor) {
    }
}
