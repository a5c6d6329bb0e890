package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArchiveOrganizationApiTest extends OrganizationApiSupport {

    String label;
    String team;
    User owner;
    String uri;

    @BeforeEach
    void createOrganization() {
        label = unique("Archive");
        team = unique("team");
        owner = signIn(unique("owner"), team);
        uri = createOrganization(owner, label, team);
    }

    GraphQl archive(User user, String organizationUri) {
        return user.graphql(ARCHIVE, "uri", organizationUri);
    }

    @Test
    void archiveOrganizationAnswersTrueAndTheOrganizationLeavesTheListing() {
        assertThat(archive(owner, uri).data("archiveOrganization").asBoolean()).isTrue();

        assertThat(visibleTo(owner, label)).isEmpty();
    }

    @Test
    void anArchivedOrganizationIsListedOnlyWhenArchivedOnesAreAskedFor() {
        archive(owner, uri);

        assertThat(texts(owner.graphql(LIST, "filter", map("term", label, "displayArchived", true))
                .data("listOrganizations.nodes"), "organizationUri")).containsExactly(uri);
    }

    @Test
    void anArchivedOrganizationCanNoLongerBeRead() {
        archive(owner, uri);

        assertThat(get(owner, uri).error()).contains("UnauthorizedOperation").contains("GET_ORGANIZATION")
                .contains(uri);
    }

    @Test
    void anArchivedOrganizationCannotBeArchivedAgain() {
        archive(owner, uri);

        assertThat(archive(owner, uri).error()).contains("UnauthorizedOperation").contains("DELETE_ORGANIZATION");
    }

    @Test
    void outsiderCannotArchiveTheOrganization() {
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(archive(outsider, uri).error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: DELETE_ORGANIZATION"
                        + " on resource: " + uri);
        assertThat(visibleTo(owner, label)).containsExactly(uri);
    }

    @Test
    void anInvitedTeamCannotArchiveTheOrganization() {
        String guests = unique("guests");
        invite(owner, uri, guests, "LINK_ENVIRONMENT", "INVITE_ORGANIZATION_GROUP", "REMOVE_ORGANIZATION_GROUP");
        User guest = signIn(unique("guest"), guests);

        assertThat(archive(guest, uri).error()).contains("UnauthorizedOperation").contains(guest.username)
                .contains("DELETE_ORGANIZATION").contains(uri);
        assertThat(visibleTo(owner, label)).containsExactly(uri);
    }

    @Test
    void archiveOrganizationWithABlankUriIsRefusedNamingTheField() {
        assertThat(archive(owner, " ").error()).contains("RequiredParameter").contains("organizationUri is required");
        assertThat(visibleTo(owner, label)).containsExactly(uri);
    }
}
