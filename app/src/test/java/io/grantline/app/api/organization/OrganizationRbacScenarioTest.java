package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * data.all's integration scenario 1 (organization RBAC), in its order: create, invite, read and list as the
 * invited team, an outsider's update refused, remove the team, archive.
 */
class OrganizationRbacScenarioTest extends OrganizationApiSupport {

    @Test
    void organizationRoleBasedAccessFromCreationToArchive() {
        String label = unique("Scenario");
        String owners = unique("owners");
        String guests = unique("guests");
        User owner = signIn(unique("owner"), owners);
        User guest = signIn(unique("guest"), guests);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        GraphQl created = owner.graphql(CREATE, "input", map("label", label, "SamlGroupName", owners));
        String uri = created.text("createOrganization.organizationUri");
        assertThat(created.text("createOrganization.userRoleInOrganization")).isEqualTo("Owner");

        GraphQl invited = invite(owner, uri, guests, "LINK_ENVIRONMENT");
        assertThat(invited.data("inviteGroupToOrganization.stats.groups").asInt()).isEqualTo(2);

        GraphQl asGuest = get(guest, uri);
        assertThat(asGuest.text("getOrganization.label")).isEqualTo(label);
        assertThat(asGuest.text("getOrganization.userRoleInOrganization")).isEqualTo("Invited");

        assertThat(visibleTo(guest, label)).containsExactly(uri);
        assertThat(visibleTo(outsider, label)).isEmpty();

        assertThat(outsider.graphql(UPDATE, "uri", uri, "input", map("label", "Hijacked")).error())
                .contains("UnauthorizedOperation").contains(outsider.username).contains("UPDATE_ORGANIZATION")
                .contains(uri);
        assertThat(get(owner, uri).text("getOrganization.label")).isEqualTo(label);

        GraphQl removed = owner.graphql(REMOVE_GROUP, "uri", uri, "group", guests);
        assertThat(removed.data("removeGroupFromOrganization.stats.groups").asInt()).isEqualTo(1);
        assertThat(visibleTo(guest, label)).isEmpty();
        assertThat(get(guest, uri).error()).contains("UnauthorizedOperation").contains("GET_ORGANIZATION");

        assertThat(owner.graphql(ARCHIVE, "uri", uri).data("archiveOrganization").asBoolean()).isTrue();
        assertThat(visibleTo(owner, label)).isEmpty();
    }
}
