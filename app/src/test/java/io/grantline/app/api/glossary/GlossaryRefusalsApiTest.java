package io.grantline.app.api.glossary;

import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_CATEGORY;
import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_GLOSSARY;
import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_TERM;
import static io.grantline.app.api.glossary.GlossaryApiTest.DELETE_CATEGORY;
import static io.grantline.app.api.glossary.GlossaryApiTest.DELETE_GLOSSARY;
import static io.grantline.app.api.glossary.GlossaryApiTest.DELETE_TERM;
import static io.grantline.app.api.glossary.GlossaryApiTest.GET;
import static io.grantline.app.api.glossary.GlossaryApiTest.UPDATE_CATEGORY;
import static io.grantline.app.api.glossary.GlossaryApiTest.UPDATE_GLOSSARY;
import static io.grantline.app.api.glossary.GlossaryApiTest.UPDATE_TERM;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refusals of the glossary operations not pinned beside their rules, each changing nothing. */
class GlossaryRefusalsApiTest extends ApiTest {

    static final String DISMISS = "mutation($uri: String!) { dismissTermAssociation(linkUri: $uri) }";

    String stewards;
    User steward;
    User outsider;
    String glossary;
    String category;
    String term;

    @BeforeEach
    void aGlossaryWithACategoryAndATerm() {
        stewards = unique("stewards");
        steward = signIn(unique("steward"), stewards);
        outsider = signIn(unique("outsider"), unique("others"));
        glossary = steward.graphql(CREATE_GLOSSARY, "input", map("label", "Finance", "readme", "", "admin", stewards))
                .text("createGlossary.nodeUri");
        category = steward.graphql(CREATE_CATEGORY, "parent", glossary, "input", map("label", "Revenue", "readme", ""))
                .text("createCategory.nodeUri");
        term = steward.graphql(CREATE_TERM, "parent", category, "input", map("label", "ARR", "readme", ""))
                .text("createTerm.nodeUri");
    }

    @Test
    void anEmptyGlossaryLabelIsRefusedAndTheLabelStays() {
        String error = steward.graphql(UPDATE_GLOSSARY, "uri", glossary, "input", map("label", "")).error();

        assertThat(error).contains("label");
        assertThat(label(glossary)).isEqualTo("Finance");
    }

    @Test
    void deleteGlossaryRefusesACategory() {
        String error = steward.graphql(DELETE_GLOSSARY, "uri", category).error();

        assertThat(error).contains("InvalidInput").contains("not a glossary");
    }

    @Test
    void anotherTeamCannotUpdateACategory() {
        String error = outsider.graphql(UPDATE_CATEGORY, "uri", category, "input", map("label", "Mine")).error();

        assertThat(error).contains("UnauthorizedOperation").contains("is not the admin of the glossary Finance");
    }

    @Test
    void updateCategoryRefusesATerm() {
        String error = steward.graphql(UPDATE_CATEGORY, "uri", term, "input", map("label", "X")).error();

        assertThat(error).contains("InvalidInput").contains("not a category");
    }

    @Test
    void anotherTeamCannotDeleteACategory() {
        assertThat(outsider.graphql(DELETE_CATEGORY, "uri", category).error()).contains("UnauthorizedOperation");
        assertThat(steward.graphql(GET, "uri", glossary).data("getGlossary").at("/stats/categories").asInt())
                .isEqualTo(1);
    }

    @Test
    void deleteCategoryOfAnUnknownUriIsNotFound() {
        assertThat(steward.graphql(DELETE_CATEGORY, "uri", "no-such-node").error()).contains("ObjectNotFound");
    }

    @Test
    void anotherTeamCannotAddTerms() {
        String error = outsider.graphql(CREATE_TERM, "parent", category, "input", map("label", "MRR", "readme", ""))
                .error();

        assertThat(error).contains("UnauthorizedOperation");
    }

    @Test
    void aTermWithoutLabelIsRefused() {
        String error = steward.graphql(CREATE_TERM, "parent", category, "input", map("label", "", "readme", ""))
                .error();

        assertThat(error).contains("label");
        assertThat(steward.graphql(GET, "uri", glossary).data("getGlossary").at("/stats/terms").asInt()).isEqualTo(1);
    }

    @Test
    void anotherTeamCannotUpdateATerm() {
        String error = outsider.graphql(UPDATE_TERM, "uri", term, "input", map("label", "Mine")).error();

        assertThat(error).contains("UnauthorizedOperation");
    }

    @Test
    void deleteTermRefusesACategory() {
        assertThat(steward.graphql(DELETE_TERM, "uri", category).error()).contains("InvalidInput");
    }

    @Test
    void dismissingAnUnknownLinkIsNotFound() {
        assertThat(steward.graphql(DISMISS, "uri", "nolink").error()).contains("ObjectNotFound").contains("nolink");
    }

    @Test
    void theAdminTeamWithoutManageGlossariesChangesNothing() {
        signIn(unique("admin"), "DAAdministrators").graphql("""
                mutation($input: UpdateGroupTenantPermissionsInput!) { updateGroupTenantPermissions(input: $input) }""",
                "input", map("groupUri", stewards, "permissions", List.of("MANAGE_DATASETS")))
                .data("updateGroupTenantPermissions");

        String error = steward.graphql(UPDATE_TERM, "uri", term, "input", map("label", "Renamed")).error();

        assertThat(error).contains("UnauthorizedOperation").contains("MANAGE_GLOSSARIES");
        assertThat(outsider.graphql(GET, "uri", glossary).data("getGlossary")
                .at("/categories/nodes/0/terms/nodes/0/label").asText()).isEqualTo("ARR");
    }

    @Test
    void readingGlossariesNeedsSigningIn() {
        Response response = post("/graphql", null, Map.of("query", "{ listGlossaries { count } }"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void readingAGlossaryNeedsSigningIn() {
        Response response = post("/graphql", null, Map.of("query",
                "{ getGlossary(nodeUri: \"" + glossary + "\") { label } }"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void searchingGlossariesNeedsSigningIn() {
        Response response = post("/graphql", null, Map.of("query", "{ searchGlossary { count } }"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void createCategoryOfAnotherTeamChangesNothing() {
        outsider.graphql(CREATE_CATEGORY, "parent", glossary, "input", map("label", "Mine", "readme", "")).error();

        assertThat(steward.graphql(GET, "uri", glossary).data("getGlossary").at("/stats/categories").asInt())
                .isEqualTo(1);
    }

    @Test
    void aTermUnderAnUnknownParentIsNotFound() {
        String error = steward.graphql(CREATE_TERM, "parent", "no-such-node", "input", map("label", "X", "readme", ""))
                .error();

        assertThat(error).contains("ObjectNotFound").contains("no-such-node");
    }

    @Test
    void aDeletedTermIsNotUpdated() {
        steward.graphql(DELETE_TERM, "uri", term).data("deleteTerm");

        assertThat(steward.graphql(UPDATE_TERM, "uri", term, "input", map("label", "Back")).error())
                .contains("ObjectNotFound").contains(term);
    }

    private String label(String nodeUri) {
        return steward.graphql(GET, "uri", nodeUri).text("getGlossary.label");
    }
}
