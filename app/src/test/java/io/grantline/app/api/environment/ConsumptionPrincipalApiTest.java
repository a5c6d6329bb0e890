package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Consumption principals: adding, updating, removing and listing them. */
class ConsumptionPrincipalApiTest extends EnvironmentApiSupport {

    static final String UPDATE_PRINCIPAL = """
            mutation($principal: String!, $uri: String!, $input: UpdateConsumptionPrincipalInput) {
              updateConsumptionPrincipal(consumptionPrincipalUri: $principal, environmentUri: $uri, input: $input) {
                consumptionPrincipalUri consumptionPrincipalName groupUri dataallManaged
              }
            }""";
    static final String REMOVE_PRINCIPAL = """
            mutation($principal: String!, $uri: String!) {
              removeConsumptionPrincipalFromEnvironment(consumptionPrincipalUri: $principal, environmentUri: $uri)
            }""";
    static final String PRINCIPAL_PAGE = """
            count page pages hasNext hasPrevious
            nodes { consumptionPrincipalUri consumptionPrincipalName consumptionPrincipalType groupUri }""";
    static final String LIST_MINE = """
            query($uri: String!, $filter: ConsumptionPrincipalFilter) {
              listEnvironmentConsumptionPrincipals(environmentUri: $uri, filter: $filter) { %s }
            }""".formatted(PRINCIPAL_PAGE);
    static final String LIST_ALL_OF_ENVIRONMENT = """
            query($uri: String!, $filter: ConsumptionPrincipalFilter) {
              listAllEnvironmentConsumptionPrincipals(environmentUri: $uri, filter: $filter) { %s }
            }""".formatted(PRINCIPAL_PAGE);
    static final String LIST_ALL = """
            query($filter: ConsumptionPrincipalFilter) { listAllConsumptionPrincipals(filter: $filter) { %s } }"""
            .formatted(PRINCIPAL_PAGE);

    List<String> principalsOfTheEnvironment() {
        return texts(owner.graphql(LIST_ALL_OF_ENVIRONMENT, "uri", environmentUri)
                .data("listAllEnvironmentConsumptionPrincipals.nodes"), "consumptionPrincipalName");
    }

    GraphQl update(User user, String principalUri, Object input) {
        return user.graphql(UPDATE_PRINCIPAL, "principal", principalUri, "uri", environmentUri, "input", input);
    }

    @Test
    void aRoleOfTheEnvironmentsAccountIsAddedAsARolePrincipal() {
        GraphQl added = owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "analytics", "groupUri", team,
                "IAMPrincipalArn", roleArn("service/analytics"), "dataallManaged", "FULLY_MANAGED"));

        assertThat(added.text("addConsumptionPrincipalToEnvironment.consumptionPrincipalType")).isEqualTo("ROLE");
        assertThat(added.text("addConsumptionPrincipalToEnvironment.IAMPrincipalName")).isEqualTo("analytics");
        assertThat(added.text("addConsumptionPrincipalToEnvironment.dataallManaged")).isEqualTo("FULLY_MANAGED");
        assertThat(added.text("addConsumptionPrincipalToEnvironment.environmentUri")).isEqualTo(environmentUri);
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void aTeamWithoutTheAddPermissionCannotAddPrincipals() {
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");

        String error = guest.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "mine", "groupUri", guests, "IAMPrincipalArn", roleArn("mine"),
                "dataallManaged", "FULLY_MANAGED")).error();

        assertUnauthorized(error, guest, "ADD_ENVIRONMENT_CONSUMPTION_ROLES", environmentUri);
        assertThat(principalsOfTheEnvironment()).isEmpty();
    }

    @Test
    void aPrincipalOfAnotherAccountIsRefusedNamingTheField() {
        String error = owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "foreign", "groupUri", team,
                "IAMPrincipalArn", "arn:aws:iam::000000000000:role/foreign", "dataallManaged", "FULLY_MANAGED"))
                .error();

        assertThat(error).contains("InvalidInput").contains("IAMPrincipalArn");
        assertThat(principalsOfTheEnvironment()).isEmpty();
    }

    @Test
    void anIamPrincipalIsAddedToTheEnvironmentOnce() {
        addPrincipal("analytics", roleArn("analytics"));

        String error = owner.graphql(ADD_PRINCIPAL, "input", map("environmentUri", environmentUri,
                "consumptionPrincipalName", "again", "groupUri", team, "IAMPrincipalArn", roleArn("analytics"),
                "dataallManaged", "FULLY_MANAGED")).error();

        assertThat(error).contains("ResourceAlreadyExists");
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void updatingAPrincipalRenamesItAndChangesItsPolicyManagement() {
        String principal = addPrincipal("analytics", roleArn("analytics"));

        GraphQl updated = update(owner, principal, map("consumptionPrincipalName", "reporting", "groupUri", team,
                "dataallManaged", "EXTERNALLY_MANAGED"));

        assertThat(updated.text("updateConsumptionPrincipal.consumptionPrincipalName")).isEqualTo("reporting");
        assertThat(updated.text("updateConsumptionPrincipal.dataallManaged")).isEqualTo("EXTERNALLY_MANAGED");
        assertThat(principalsOfTheEnvironment()).containsExactly("reporting");
    }

    @Test
    void outsiderCannotUpdateAPrincipal() {
        String principal = addPrincipal("analytics", roleArn("analytics"));
        User outsider = outsider();

        String error = update(outsider, principal, map("consumptionPrincipalName", "mine", "groupUri", team,
                "dataallManaged", "FULLY_MANAGED")).error();

        assertUnauthorized(error, outsider, "REMOVE_ENVIRONMENT_CONSUMPTION_ROLE", principal);
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void aPrincipalCannotBeGivenToATeamOutsideTheEnvironmentAndTheFieldIsNamed() {
        String principal = addPrincipal("analytics", roleArn("analytics"));

        String error = update(owner, principal, map("consumptionPrincipalName", "moved", "groupUri", unique("nobody"),
                "dataallManaged", "FULLY_MANAGED")).error();

        assertThat(error).contains("InvalidInput").contains("groupUri");
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void removingAPrincipalAnswersTrueAndItIsGone() {
        String principal = addPrincipal("analytics", roleArn("analytics"));

        assertThat(owner.graphql(REMOVE_PRINCIPAL, "principal", principal, "uri", environmentUri)
                .data("removeConsumptionPrincipalFromEnvironment").asBoolean()).isTrue();

        assertThat(principalsOfTheEnvironment()).isEmpty();
    }

    @Test
    void outsiderCannotRemoveAPrincipal() {
        String principal = addPrincipal("analytics", roleArn("analytics"));
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(REMOVE_PRINCIPAL, "principal", principal, "uri", environmentUri).error(),
                outsider, "REMOVE_ENVIRONMENT_CONSUMPTION_ROLE", principal);
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void removingAPrincipalWithABlankUriIsRefusedNamingTheField() {
        addPrincipal("analytics", roleArn("analytics"));

        assertThat(owner.graphql(REMOVE_PRINCIPAL, "principal", " ", "uri", environmentUri).error())
                .contains("RequiredParameter").contains("consumptionPrincipalUri is required");
        assertThat(principalsOfTheEnvironment()).containsExactly("analytics");
    }

    @Test
    void listEnvironmentConsumptionPrincipalsShowsThePrincipalsOfTheCallersTeams() {
        addPrincipal("analytics", roleArn("analytics"));
        User guest = invitedMember(unique("guests"), "CREATE_DATASET");

        assertThat(texts(owner.graphql(LIST_MINE, "uri", environmentUri)
                .data("listEnvironmentConsumptionPrincipals.nodes"), "consumptionPrincipalName"))
                .containsExactly("analytics");
        assertThat(guest.graphql(LIST_MINE, "uri", environmentUri)
                .data("listEnvironmentConsumptionPrincipals.count").asInt()).isZero();
    }

    @Test
    void outsiderCannotListTheEnvironmentsPrincipals() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_MINE, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_CONSUMPTION_ROLES", environmentUri);
    }

    @Test
    void listEnvironmentConsumptionPrincipalsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_MINE, "uri", "").error()).contains("environmentUri is required");
    }

    @Test
    void listAllEnvironmentConsumptionPrincipalsShowsEveryTeamsPrincipals() {
        addPrincipal("analytics", roleArn("analytics"));
        User guest = invitedMember(unique("guests"), "CREATE_DATASET");

        assertThat(texts(guest.graphql(LIST_ALL_OF_ENVIRONMENT, "uri", environmentUri)
                .data("listAllEnvironmentConsumptionPrincipals.nodes"), "consumptionPrincipalName"))
                .containsExactly("analytics");
    }

    @Test
    void outsiderCannotListAllTheEnvironmentsPrincipals() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_ALL_OF_ENVIRONMENT, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_CONSUMPTION_ROLES", environmentUri);
    }

    @Test
    void listAllEnvironmentConsumptionPrincipalsWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_ALL_OF_ENVIRONMENT, "uri", "").error()).contains("environmentUri is required");
    }

    @Test
    void listAllConsumptionPrincipalsShowsThePrincipalsOfTheCallersTeamsEverywhere() {
        String principal = addPrincipal("analytics", roleArn("analytics"));

        assertThat(texts(owner.graphql(LIST_ALL, "filter", map("groupUri", team))
                .data("listAllConsumptionPrincipals.nodes"), "consumptionPrincipalUri")).containsExactly(principal);
    }

    @Test
    void listAllConsumptionPrincipalsLeavesOutOtherTeamsPrincipals() {
        String principal = addPrincipal("analytics", roleArn("analytics"));

        assertThat(texts(outsider().graphql(LIST_ALL, "filter", map("pageSize", 1000))
                .data("listAllConsumptionPrincipals.nodes"), "consumptionPrincipalUri")).doesNotContain(principal);
    }

    @Test
    void listAllConsumptionPrincipalsWithAPageSizeThatIsNoNumberIsRefusedNamingTheField() {
        String error = owner.graphql("query { listAllConsumptionPrincipals(filter: {pageSize: \"ten\"}) { count } }")
                .error();

        assertThat(error).contains("pageSize");
    }
}
