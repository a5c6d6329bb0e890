package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationApiTest extends ApiTest {

    static final String CREATE = """
            mutation($input: NewOrganizationInput) {
              createOrganization(input: $input) {
                organizationUri label name owner SamlGroupName tags userRoleInOrganization
                stats { environments groups users }
              }
            }""";
    static final String GET = """
            query($uri: String!) { getOrganization(organizationUri: $uri) { organizationUri label description tags userRoleInOrganization } }""";

    String team;
    User owner;

    @BeforeEach
    void signInOwner() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
    }

    String createOrganization(User user, String group) {
        return user.graphql(CREATE, "input", java.util.Map.of("label", "Sales Data", "SamlGroupName", group))
                .text("createOrganization.organizationUri");
    }

    @Test
    void createOrganizationAnswersTheNewOrganizationOwnedByTheCaller() {
        GraphQl created = owner.graphql(CREATE, "input",
                java.util.Map.of("label", "Sales Data", "SamlGroupName", team, "tags", java.util.List.of("pii")));

        assertThat(created.text("createOrganization.label")).isEqualTo("Sales Data");
        assertThat(created.text("createOrganization.name")).isEqualTo("sales-data");
        assertThat(created.text("createOrganization.owner")).isEqualTo(owner.username);
        assertThat(created.text("createOrganization.userRoleInOrganization")).isEqualTo("Owner");
        assertThat(created.data("createOrganization.stats.groups").asInt()).isEqualTo(1);
    }

    @Test
    void creatorCanReadTheOrganizationOnTheVeryNextCall() {
        String uri = createOrganization(owner, team);

        assertThat(owner.graphql(GET, "uri", uri).text("getOrganization.label")).isEqualTo("Sales Data");
    }

    @Test
    void createOrganizationWithoutLabelIsRefusedNamingTheField() {
        String error = owner.graphql(CREATE, "input", java.util.Map.of("SamlGroupName", team)).error();

        assertThat(error).contains("RequiredParameter").contains("label is required");
    }

    @Test
    void createOrganizationForATeamTheCallerIsNotInIsRefused() {
        String error = owner.graphql(CREATE, "input",
                java.util.Map.of("label", "X", "SamlGroupName", unique("other"))).error();

        assertThat(error).contains("InvalidInput").contains("SamlGroupName");
    }

    @Test
    void outsiderCannotReadTheOrganization() {
        String uri = createOrganization(owner, team);
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(outsider.graphql(GET, "uri", uri).error())
                .contains("UnauthorizedOperation")
                .contains("User: " + outsider.username + " is not authorized to perform: GET_ORGANIZATION on resource: " + uri);
    }
}
