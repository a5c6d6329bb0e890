package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** getEnvironment, listEnvironments, listValidEnvironments, Organization.environments and queryEnums. */
class EnvironmentQueriesApiTest extends EnvironmentApiSupport {

    static final String LIST_VALID = """
            query($filter: EnvironmentFilter) {
              listValidEnvironments(filter: $filter) {
                count nodes { environmentUri label region organization { organizationUri } networks { vpcUri } }
              }
            }""";
    static final String ORGANIZATION_ENVIRONMENTS = """
            query($uri: String!, $filter: EnvironmentFilter) {
              getOrganization(organizationUri: $uri) {
                environments(filter: $filter) { count nodes { environmentUri label userRoleInEnvironment } }
              }
            }""";
    static final String QUERY_ENUMS = """
            query($names: [String]) { queryEnums(enums_names: $names) { name items { name value } } }""";

    List<String> listed(User user, String term) {
        return texts(user.graphql(LIST, "filter", map("term", term, "pageSize", 100)).data("listEnvironments.nodes"),
                "environmentUri");
    }

    /** Polls getEnvironment until the environment is validated, and answers it. */
    JsonNode awaitValidated(String uri) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await("environment " + uri + " to be validated").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode environment = get(owner, uri).data("getEnvironment");
                    last.set(environment);
                    assertThat(environment.get("validated").asBoolean()).isTrue();
                });
        return last.get();
    }

    List<String> valid(User user) {
        return texts(user.graphql(LIST_VALID, "filter", map()).data("listValidEnvironments.nodes"), "environmentUri");
    }

    @Test
    void getEnvironmentAnswersTheEnvironmentWithTheCallersRole() {
        User member = invitedMember(unique("guests"), "CREATE_DATASET");
        User colleague = signIn(unique("colleague"), team);

        assertThat(get(owner, environmentUri).text("getEnvironment.userRoleInEnvironment")).isEqualTo("Owner");
        assertThat(get(colleague, environmentUri).text("getEnvironment.userRoleInEnvironment")).isEqualTo("Admin");
        assertThat(get(member, environmentUri).text("getEnvironment.userRoleInEnvironment")).isEqualTo("Invited");
        assertThat(get(member, environmentUri).text("getEnvironment.organization.organizationUri"))
                .isEqualTo(organizationUri);
    }

    @Test
    void getEnvironmentShowsTheAccessLogsBucketNamedAfterTheDefaultBucket() {
        GraphQl environment = get(owner, environmentUri);

        assertThat(environment.text("getEnvironment.EnvironmentLogsBucketName"))
                .isEqualTo(environment.text("getEnvironment.EnvironmentDefaultBucketName") + "-access-logs");
    }

    /** The environment saga deploys the stack on the local cloud, which creates the default team role. */
    @Test
    void anEnvironmentIsValidatedWithItsRoleCreatedOnceItsStackCompletes() {
        JsonNode environment = awaitValidated(environmentUri);

        assertThat(environment.get("roleCreated").asBoolean()).isTrue();
    }

    @Test
    void anEnvironmentWithAnImportedDefaultRoleIsValidatedWithoutCreatingARole() {
        Map<String, Object> input = environmentInput(organizationUri, team, randomAccount());
        input.put("EnvironmentDefaultIAMRoleArn", "arn:aws:iam::" + input.get("AwsAccountId") + ":role/existing");
        String imported = owner.graphql(CREATE, "input", input).text("createEnvironment.environmentUri");

        JsonNode environment = awaitValidated(imported);

        assertThat(environment.get("roleCreated").asBoolean()).isFalse();
    }

    @Test
    void outsiderCannotReadTheEnvironment() {
        User outsider = outsider();

        assertUnauthorized(get(outsider, environmentUri).error(), outsider, "GET_ENVIRONMENT", environmentUri);
    }

    @Test
    void getEnvironmentWithABlankUriIsRefusedNamingTheField() {
        assertThat(get(owner, "").error()).contains("RequiredParameter").contains("environmentUri is required");
    }

    @Test
    void listEnvironmentsShowsTheEnvironmentsOfTheCallersTeams() {
        User member = invitedMember(unique("guests"), "CREATE_DATASET");

        assertThat(listed(owner, "Sales")).contains(environmentUri);
        assertThat(listed(member, "Sales")).containsExactly(environmentUri);
    }

    @Test
    void listEnvironmentsLeavesOutEnvironmentsOfOtherTeams() {
        assertThat(listed(outsider(), "Sales")).doesNotContain(environmentUri);
    }

    @Test
    void listEnvironmentsWithAPageSizeThatIsNoNumberIsRefusedNamingTheField() {
        String error = owner.graphql("query { listEnvironments(filter: {pageSize: \"ten\"}) { count } }").error();

        assertThat(error).contains("pageSize");
    }

    /** The environment saga deploys the stack on the local cloud and reports it complete. */
    @Test
    void anEnvironmentIsValidOnceItsStackIsDeployed() {
        await().atMost(Duration.ofSeconds(60)).until(() -> valid(owner).contains(environmentUri));
    }

    @Test
    void listValidEnvironmentsLeavesOutEnvironmentsOfOtherTeams() {
        await().atMost(Duration.ofSeconds(60)).until(() -> valid(owner).contains(environmentUri));

        assertThat(valid(outsider())).doesNotContain(environmentUri);
    }

    @Test
    void listValidEnvironmentsWithAPageSizeThatIsNoNumberIsRefusedNamingTheField() {
        String error = owner.graphql("query { listValidEnvironments(filter: {pageSize: \"ten\"}) { count } }")
                .error();

        assertThat(error).contains("pageSize");
    }

    @Test
    void anOrganizationListsItsEnvironments() {
        GraphQl answer = owner.graphql(ORGANIZATION_ENVIRONMENTS, "uri", organizationUri, "filter", map());

        assertThat(answer.data("getOrganization.environments.count").asInt()).isEqualTo(1);
        assertThat(texts(answer.data("getOrganization.environments.nodes"), "environmentUri"))
                .containsExactly(environmentUri);
    }

    @Test
    void anOrganizationsEnvironmentsCanBeSearched() {
        GraphQl answer = owner.graphql(ORGANIZATION_ENVIRONMENTS, "uri", organizationUri, "filter",
                map("term", "no such environment"));

        assertThat(answer.data("getOrganization.environments.count").asInt()).isZero();
    }

    @Test
    void queryEnumsAnswersTheItemsWithDataallsValues() {
        GraphQl answer = owner.graphql(QUERY_ENUMS, "names", List.of("PolicyManagementOptions", "SortDirection"));

        assertThat(answer.data("queryEnums").get(0).get("name").asText()).isEqualTo("PolicyManagementOptions");
        assertThat(answer.data("queryEnums").get(0).get("items").toString())
                .contains("{\"name\":\"FULLY_MANAGED\",\"value\":\"Fully-Managed\"}");
        assertThat(answer.data("queryEnums").get(1).get("items").toString())
                .contains("{\"name\":\"asc\",\"value\":\"asc\"}");
    }

    @Test
    void queryEnumsNeedsASignedInCaller() {
        Response response = post("/graphql", null,
                map("query", "query { queryEnums(enums_names: [\"SortDirection\"]) { name } }"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void queryEnumsRefusesANameThatIsNoEnumNamingTheArgument() {
        String error = owner.graphql(QUERY_ENUMS, "names", List.of("NoSuchEnum")).error();

        assertThat(error).contains("InvalidInput").contains("enums_names").contains("NoSuchEnum");
    }
}
