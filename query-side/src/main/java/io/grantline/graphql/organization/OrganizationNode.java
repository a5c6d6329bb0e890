package io.grantline.graphql.organization;

import io.grantline.api.Actor;
import io.grantline.api.organization.OrganizationQueries.OrganizationView;
import java.util.List;

/** data.all's Organization type, as seen by one caller. */
public record OrganizationNode(String organizationUri, String label, String name, String description,
                               List<String> tags, String owner, String SamlGroupName, String created,
                               String updated, String userRoleInOrganization, Stats stats) {

    public record Stats(int environments, int groups, int users) {
    }

    static OrganizationNode of(OrganizationView view, Actor actor, boolean invited) {
        return new OrganizationNode(view.organizationUri(), view.label(), view.name(), view.description(),
                view.tags(), view.owner(), view.samlGroupName(), view.created(), view.updated(),
                roleOf(view, actor, invited),
                new Stats(view.environmentCount(), view.groupCount(), view.userCount()));
    }

    private static String roleOf(OrganizationView view, Actor actor, boolean invited) {
        if (actor.username().equals(view.owner())) {
            return "Owner";
        }
        if (actor.isMemberOf(view.samlGroupName())) {
            return "Admin";
        }
        return invited ? "Invited" : "NotMember";
    }
}
