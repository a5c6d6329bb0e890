package io.grantline.app.api.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** data.all's glossary operations over HTTP: the tree, its admin team, and every refusal. */
class GlossaryApiTest extends ApiTest {

    static final String NODE = "nodeUri label readme status owner path parentUri created updated deleted";
    static final String CREATE_GLOSSARY = """
            mutation($input: CreateGlossaryInput) { createGlossary(input: $input) { %s admin userRoleForGlossary } }"""
            .formatted(NODE);
    static final String UPDATE_GLOSSARY = """
            mutation($uri: String!, $input: UpdateGlossaryInput) {
              updateGlossary(nodeUri: $uri, input: $input) { nodeUri label readme admin }
            }""";
    static final String DELETE_GLOSSARY = "mutation($uri: String!) { deleteGlossary(nodeUri: $uri) }";
    static final String CREATE_CATEGORY = """
            mutation($parent: String!, $input: CreateCategoryInput) {
              createCategory(parentUri: $parent, input: $input) { %s }
            }""".formatted(NODE);
    static final String UPDATE_CATEGORY = """
            mutation($uri: String!, $input: UpdateCategoryInput) { updateCategory(nodeUri: $uri, input: $input) { label } }""";
    static final String DELETE_CATEGORY = "mutation($uri: String!) { deleteCategory(nodeUri: $uri) }";
    static final String CREATE_TERM = """
            mutation($parent: String!, $input: CreateTermInput) {
              createTerm(parentUri: $parent, input: $input) { %s glossary { nodeUri } }
            }""".formatted(NODE);
    static final String UPDATE_TERM = """
            mutation($uri: String!, $input: UpdateTermInput) { updateTerm(nodeUri: $uri, input: $input) { label readme } }""";
    static final String DELETE_TERM = "mutation($uri: String!) { deleteTerm(nodeUri: $uri) }";
    static final String GET = """
            query($uri: String!) {
              getGlossary(nodeUri: $uri) {
                nodeUri label userRoleForGlossary stats { categories terms associations }
                categories { count nodes { nodeUri label terms { count nodes { nodeUri label } } } }
                children { count nodes { __typename ... on Category { nodeUri } ... on Term { nodeUri } } }
                tree(filter: {nodeType: "T"}) { count nodes { __typename ... on Term { nodeUri label } } }
              }
            }""";
    static final String LIST = """
            query($filter: GlossaryFilter) { listGlossaries(filter: $filter) { count page pages nodes { nodeUri label } } }""";
    static final String SEARCH = """
            query($filter: GlossaryNodeSearchFilter) {
              searchGlossary(filter: $filter) {
                count nodes { __typename ... on Term { nodeUri label } ... on Category { nodeUri label } }
              }
            }""";
    static final String APPROVE = "mutation($uri: String!) { approveTermAssociation(linkUri: $uri) }";

    String stewards;
    User steward;
    User outsider;

    @BeforeEach
    void aStewardTeam() {
        stewards = unique("stewards");
        steward = signIn(unique("steward"), stewards);
        outsider = signIn(unique("outsider"), unique("others"));
    }

    @Test
    void createGlossaryAnswersItWithItsPathAndTheCallerAsOwner() {
        JsonNode glossary = createGlossary("Finance");

        String uri = glossary.get("nodeUri").asText();
        assertThat(glossary.get("path").asText()).isEqualTo("/" + uri);
        assertThat(glossary.get("owner").asText()).isEqualTo(steward.username);
        assertThat(glossary.get("admin").asText()).isEqualTo(stewards);
        assertThat(glossary.get("status").asText()).isEqualTo("approved");
        assertThat(glossary.get("userRoleForGlossary").asText()).isEqualTo("Admin");
    }

    @Test
    void aGlossaryWithoutAdminTeamIsRefused() {
        String error = steward.graphql(CREATE_GLOSSARY, "input", map("label", "No admin", "readme", "")).error();

        assertThat(error).contains("RequiredParameter").contains("admin");
    }

    @Test
    void creatingAGlossaryNeedsManageGlossaries() {
        String team = unique("no-glossaries");
        signIn(unique("admin"), "DAAdministrators").graphql("""
                mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""",
                "input", map("groupUri", team, "permissions", List.of("MANAGE_DATASETS"))).data("updateGroupTenantPermissions");
        User restricted = signIn(unique("restricted"), team);

        String error = restricted.graphql(CREATE_GLOSSARY, "input", map("label", "G", "readme", "", "admin", team))
                .error();

        assertThat(error).contains("UnauthorizedOperation").contains("MANAGE_GLOSSARIES");
    }

    @Test
    void theAdminTeamUpdatesTheGlossary() {
        String uri = createGlossary("Finance").get("nodeUri").asText();

        JsonNode updated = steward.graphql(UPDATE_GLOSSARY, "uri", uri, "input", map("label", "Finance EU"))
                .data("updateGlossary");

        assertThat(updated.get("label").asText()).isEqualTo("Finance EU");
        assertThat(updated.get("readme").asText()).isEqualTo("Money words");
    }

    @Test
    void anotherTeamCannotUpdateTheGlossary() {
        String uri = createGlossary("Finance").get("nodeUri").asText();

        String error = outsider.graphql(UPDATE_GLOSSARY, "uri", uri, "input", map("label", "Mine")).error();

        assertThat(error).contains("UnauthorizedOperation").contains("is not the admin of the glossary Finance");
    }

    @Test
    void theGlossarysOwnerManagesItOutsideItsAdminTeam() {
        String otherTeam = unique("other-stewards");
        String uri = steward.graphql(CREATE_GLOSSARY, "input", map("label", "Handed over", "readme", "",
                "admin", otherTeam)).text("createGlossary.nodeUri");

        JsonNode updated = steward.graphql(UPDATE_GLOSSARY, "uri", uri, "input", map("label", "Still mine"))
                .data("updateGlossary");

        assertThat(updated.get("label").asText()).isEqualTo("Still mine");
        assertThat(steward.graphql(GET, "uri", uri).text("getGlossary.userRoleForGlossary")).isEqualTo("Admin");
        assertThat(outsider.graphql(GET, "uri", uri).text("getGlossary.userRoleForGlossary"))
                .isEqualTo("NoPermission");
    }

    @Test
    void categoriesAndTermsFormATree() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        JsonNode category = createCategory(glossary, "Revenue");
        JsonNode term = createTerm(category.get("nodeUri").asText(), "ARR");

        assertThat(category.get("path").asText()).isEqualTo("/" + glossary + "/" + category.get("nodeUri").asText());
        assertThat(term.get("path").asText()).isEqualTo(category.get("path").asText() + "/"
                + term.get("nodeUri").asText());
        assertThat(term.get("glossary").get("nodeUri").asText()).isEqualTo(glossary);
        JsonNode read = steward.graphql(GET, "uri", glossary).data("getGlossary");
        assertThat(read.at("/stats/categories").asInt()).isEqualTo(1);
        assertThat(read.at("/stats/terms").asInt()).isEqualTo(1);
        assertThat(read.at("/categories/nodes/0/terms/nodes/0/label").asText()).isEqualTo("ARR");
        assertThat(texts(read.at("/children/nodes"), "__typename")).containsExactly("Category", "Term");
        assertThat(texts(read.at("/tree/nodes"), "label")).containsExactly("ARR");
    }

    @Test
    void aTermCannotHoldTerms() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String term = createTerm(glossary, "ARR").get("nodeUri").asText();

        String error = steward.graphql(CREATE_TERM, "parent", term, "input", map("label", "MRR", "readme", ""))
                .error();

        assertThat(error).contains("InvalidInput").contains("Category or Glossary are required");
    }

    @Test
    void anUnknownParentIsNotFound() {
        String error = steward.graphql(CREATE_CATEGORY, "parent", "nowhere", "input", map("label", "X", "readme", ""))
                .error();

        assertThat(error).contains("ObjectNotFound").contains("nowhere");
    }

    @Test
    void aCategoryWithoutLabelIsRefusedAndNothingIsAdded() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();

        String error = steward.graphql(CREATE_CATEGORY, "parent", glossary, "input", map("label", "", "readme", ""))
                .error();

        assertThat(error).contains("RequiredParameter").contains("label");
        assertThat(steward.graphql(GET, "uri", glossary).data("getGlossary").at("/stats/categories").asInt())
                .isZero();
    }

    @Test
    void categoriesHangUnderCategories() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String revenue = createCategory(glossary, "Revenue").get("nodeUri").asText();
        JsonNode recurring = createCategory(revenue, "Recurring");

        JsonNode read = steward.graphql(GET, "uri", glossary).data("getGlossary");

        assertThat(recurring.get("parentUri").asText()).isEqualTo(revenue);
        assertThat(texts(read.at("/categories/nodes"), "nodeUri")).containsExactly(revenue);
        assertThat(read.at("/stats/categories").asInt()).isEqualTo(2);
    }

    @Test
    void anotherTeamCannotAddCategories() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();

        String error = outsider.graphql(CREATE_CATEGORY, "parent", glossary, "input", map("label", "X", "readme", ""))
                .error();

        assertThat(error).contains("UnauthorizedOperation");
    }

    @Test
    void updateCategoryAndTermChangeTheirLabels() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String category = createCategory(glossary, "Revenue").get("nodeUri").asText();
        String term = createTerm(category, "ARR").get("nodeUri").asText();

        assertThat(steward.graphql(UPDATE_CATEGORY, "uri", category, "input", map("label", "Income"))
                .text("updateCategory.label")).isEqualTo("Income");
        assertThat(steward.graphql(UPDATE_TERM, "uri", term, "input", map("readme", "Yearly"))
                .data("updateTerm").get("readme").asText()).isEqualTo("Yearly");
    }

    @Test
    void anEmptyLabelIsRefusedNamingIt() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String term = createTerm(glossary, "ARR").get("nodeUri").asText();

        String error = steward.graphql(UPDATE_TERM, "uri", term, "input", map("label", " ")).error();

        assertThat(error).contains("label");
    }

    @Test
    void updateTermRefusesACategory() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String category = createCategory(glossary, "Revenue").get("nodeUri").asText();

        String error = steward.graphql(UPDATE_TERM, "uri", category, "input", map("label", "X")).error();

        assertThat(error).contains("InvalidInput").contains("not a term");
    }

    @Test
    void deletingACategoryDeletesItsTermsAndCountsThem() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String category = createCategory(glossary, "Revenue").get("nodeUri").asText();
        createTerm(category, "ARR");

        assertThat(steward.graphql(DELETE_CATEGORY, "uri", category).data("deleteCategory").asInt()).isEqualTo(2);
        assertThat(steward.graphql(GET, "uri", glossary).data("getGlossary").at("/stats/terms").asInt()).isZero();
    }

    @Test
    void deletingATermCountsOne() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String term = createTerm(glossary, "ARR").get("nodeUri").asText();

        assertThat(steward.graphql(DELETE_TERM, "uri", term).data("deleteTerm").asInt()).isEqualTo(1);
    }

    @Test
    void anotherTeamCannotDeleteATerm() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String term = createTerm(glossary, "ARR").get("nodeUri").asText();

        assertThat(outsider.graphql(DELETE_TERM, "uri", term).error()).contains("UnauthorizedOperation");
    }

    @Test
    void deletingTheGlossaryCountsItAndEverythingInIt() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String category = createCategory(glossary, "Revenue").get("nodeUri").asText();
        createTerm(category, "ARR");

        assertThat(steward.graphql(DELETE_GLOSSARY, "uri", glossary).data("deleteGlossary").asInt()).isEqualTo(3);
        assertThat(steward.graphql(GET, "uri", glossary).error()).contains("ObjectNotFound");
    }

    @Test
    void anotherTeamCannotDeleteTheGlossary() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();

        assertThat(outsider.graphql(DELETE_GLOSSARY, "uri", glossary).error()).contains("UnauthorizedOperation");
    }

    @Test
    void listGlossariesFindsThemByTerm() {
        String label = unique("Ledger");
        String uri = createGlossary(label).get("nodeUri").asText();

        JsonNode found = outsider.graphql(LIST, "filter", map("term", label)).data("listGlossaries");

        assertThat(texts(found.get("nodes"), "nodeUri")).containsExactly(uri);
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedNamingIt() {
        String error = outsider.graphql(LIST, "filter", map("pageSize", 0)).error();

        assertThat(error).contains("pageSize").contains("between 1 and 1000");
    }

    @Test
    void searchGlossaryFindsTermsAndCategoriesByLabel() {
        String glossary = createGlossary("Finance").get("nodeUri").asText();
        String word = unique("Churn");
        String term = createTerm(glossary, word).get("nodeUri").asText();

        JsonNode found = outsider.graphql(SEARCH, "filter", map("term", word)).data("searchGlossary");

        assertThat(texts(found.get("nodes"), "nodeUri")).containsExactly(term);
    }

    @Test
    void searchGlossaryRefusesAnUnknownNodeType() {
        String error = outsider.graphql(SEARCH, "filter", map("nodeType", "X")).error();

        assertThat(error).contains("nodeType").contains("G, C or T");
    }

    @Test
    void approvingAnUnknownLinkIsNotFound() {
        String error = steward.graphql(APPROVE, "uri", "nolink").error();

        assertThat(error).contains("ObjectNotFound").contains("nolink");
    }

    @Test
    void getGlossaryOfAnUnknownUriIsNotFound() {
        assertThat(outsider.graphql(GET, "uri", "unknown-node").error()).contains("ObjectNotFound");
    }

    private JsonNode createGlossary(String label) {
        return steward.graphql(CREATE_GLOSSARY, "input", map("label", label, "readme", "Money words",
                "admin", stewards)).data("createGlossary");
    }

    private JsonNode createCategory(String parent, String label) {
        return steward.graphql(CREATE_CATEGORY, "parent", parent, "input", map("label", label, "readme", ""))
                .data("createCategory");
    }

    private JsonNode createTerm(String parent, String label) {
        return steward.graphql(CREATE_TERM, "parent", parent, "input", map("label", label, "readme", ""))
                .data("createTerm");
    }
}
