package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateOrganizationApiTest extends OrganizationApiSupport {

    String team;
    User owner;
    String uri;

    @BeforeEach
    void createOrganization() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        uri = createOrganization(owner, "Sales Data", team);
    }

    GraphQl update(User user, String organizationUri, Object... input) {
        return user.graphql(UPDATE, "uri", organizationUri, "input", map(input));
    }

    String label() {
        return get(owner, uri).text("getOrganization.label");
    }

    @Test
    void updateOrganizationAnswersTheOrganizationWithTheNewValues() {
        GraphQl updated = update(owner, uri, "label", "Finance", "description", "Finance data",
                "tags", List.of("gold"));

        assertThat(updated.text("updateOrganization.label")).isEqualTo("Finance");
        assertThat(updated.text("updateOrganization.description")).isEqualTo("Finance data");
        assertThat(texts(updated.data("updateOrganization.tags"))).containsExactly("gold");
        assertThat(label()).isEqualTo("Finance");
    }

    @Test
    void updateOrganizationKeepsWhatTheCallerDidNotSend() {
        update(owner, uri, "description", "Only the description");

        GraphQl read = get(owner, uri);
        assertThat(read.text("getOrganization.label")).isEqualTo("Sales Data");
        assertThat(read.text("getOrganization.description")).isEqualTo("Only the description");
    }

    @Test
    void updateOrganizationKeepsTheNameDerivedAtCreation() {
        assertThat(update(owner, uri, "label", "Finance").text("updateOrganization.name")).isEqualTo("sales-data");
    }

    @Test
    void outsiderCannotUpdateTheOrganization() {
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(update(outsider, uri, "label", "Hijacked").error()).contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: UPDATE_ORGANIZATION"
                        + " on resource: " + uri);
        assertThat(label()).isEqualTo("Sales Data");
    }

    @Test
    void anInvitedTeamCannotUpdateTheOrganizationWhateverItWasGranted() {
        String guests = unique("guests");
        invite(owner, uri, guests, "LINK_ENVIRONMENT", "INVITE_ORGANIZATION_GROUP", "REMOVE_ORGANIZATION_GROUP");
        User guest = signIn(unique("guest"), guests);

        assertThat(update(guest, uri, "label", "Hijacked").error()).contains("UnauthorizedOperation")
                .contains(guest.username).contains("UPDATE_ORGANIZATION").contains(uri);
        assertThat(label()).isEqualTo("Sales Data");
    }

    @Test
    void updateOrganizationWithABlankLabelIsRefusedNamingTheField() {
        assertThat(update(owner, uri, "label", "  ").error()).contains("RequiredParameter")
                .contains("label is required");
        assertThat(label()).isEqualTo("Sales Data");
    }

    @Test
    void updateOrganizationWithALabelLongerThan64CharactersIsRefusedNamingTheField() {
        assertThat(update(owner, uri, "label", "y".repeat(65)).error()).contains("InvalidInput")
                .contains("label must be at most 64 characters long");
        assertThat(label()).isEqualTo("Sales Data");
    }

    @Test
    void updateOrganizationWithABlankUriIsRefusedNamingTheField() {
        assertThat(update(owner, "", "label", "Finance").error()).contains("RequiredParameter")
                .contains("organizationUri is required");
        assertThat(label()).isEqualTo("Sales Data");
    }
}
