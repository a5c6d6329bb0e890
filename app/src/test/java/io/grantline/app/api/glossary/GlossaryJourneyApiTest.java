package io.grantline.app.api.glossary;

import static io.grantline.app.api.glossary.GlossaryApiTest.APPROVE;
import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_CATEGORY;
import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_GLOSSARY;
import static io.grantline.app.api.glossary.GlossaryApiTest.CREATE_TERM;
import static io.grantline.app.api.glossary.GlossaryApiTest.DELETE_GLOSSARY;
import static io.grantline.app.api.glossary.GlossaryApiTest.LIST;
import static io.grantline.app.api.glossary.GlossaryApiTest.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.glossary.TermLinks;
import io.grantline.app.api.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * data.all's glossary flow from end to end: a stewards' team builds a glossary, a data team names one of its terms on
 * its dataset, the stewards approve the link, anyone finds the term, and the glossary goes with everything in it.
 */
class GlossaryJourneyApiTest extends ApiTest {

    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri label restricted { KmsAlias } }
            }""";
    static final String UPDATE_DATASET = """
            mutation($uri: String, $input: ModifyDatasetInput) {
              updateDataset(datasetUri: $uri, input: $input) { datasetUri terms { count nodes { nodeUri label } } }
            }""";
    static final String TERMS_OF_DATASET = """
            query($uri: String!) { getDataset(datasetUri: $uri) { terms { count nodes { nodeUri label path } } } }""";
    static final String ASSOCIATIONS = """
            query($uri: String!) {
              getGlossary(nodeUri: $uri) {
                stats { categories terms associations }
                associations {
                  count
                  nodes {
                    linkUri nodeUri targetUri targetType owner approvedByOwner approvedBySteward
                    target { label } term { nodeUri label glossary { nodeUri } }
                  }
                }
              }
            }""";

    @Test
    void aTermNamedOnADatasetIsApprovedFoundAndGoneWithItsGlossary() {
        String stewards = unique("stewards");
        User steward = signIn(unique("steward"), stewards);
        String dataTeam = unique("data-team");
        User dataOwner = signIn(unique("data-owner"), dataTeam);
        User reader = signIn(unique("reader"), unique("readers"));
        String word = unique("Bookings");

        String glossary = steward.graphql(CREATE_GLOSSARY, "input", map("label", "Sales words",
                "readme", "What sales means", "admin", stewards)).text("createGlossary.nodeUri");
        String category = steward.graphql(CREATE_CATEGORY, "parent", glossary, "input",
                map("label", "Revenue", "readme", "")).text("createCategory.nodeUri");
        String term = steward.graphql(CREATE_TERM, "parent", category, "input",
                map("label", word, "readme", "Signed orders")).text("createTerm.nodeUri");

        JsonNode dataset = aDatasetOf(dataOwner, dataTeam);
        String datasetUri = dataset.get("datasetUri").asText();
        JsonNode updated = dataOwner.graphql(UPDATE_DATASET, "uri", datasetUri, "input", map("terms", List.of(term),
                "KmsAlias", dataset.at("/restricted/KmsAlias").asText())).data("updateDataset");
        assertThat(texts(updated.at("/terms/nodes"), "nodeUri")).containsExactly(term);

        JsonNode linked = steward.graphql(ASSOCIATIONS, "uri", glossary).data("getGlossary");
        JsonNode link = linked.at("/associations/nodes/0");
        String linkUri = TermLinks.linkUri(datasetUri, term);
        assertThat(linked.at("/associations/count").asInt()).isEqualTo(1);
        assertThat(link.get("linkUri").asText()).isEqualTo(linkUri);
        assertThat(link.get("nodeUri").asText()).isEqualTo(term);
        assertThat(link.get("targetUri").asText()).isEqualTo(datasetUri);
        assertThat(link.get("targetType").asText()).isEqualTo("Dataset");
        assertThat(link.get("owner").asText()).isEqualTo(dataOwner.username);
        assertThat(link.at("/target/label").asText()).isEqualTo(dataset.get("label").asText());
        assertThat(link.at("/term/glossary/nodeUri").asText()).isEqualTo(glossary);
        assertThat(link.get("approvedByOwner").asBoolean()).isTrue();
        assertThat(link.get("approvedBySteward").asBoolean()).isFalse();

        assertThat(steward.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation").asBoolean()).isTrue();
        assertThat(steward.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation").asBoolean()).isFalse();
        JsonNode approved = steward.graphql(ASSOCIATIONS, "uri", glossary).data("getGlossary");
        assertThat(approved.at("/associations/nodes/0/approvedBySteward").asBoolean()).isTrue();
        assertThat(approved.at("/stats/associations").asInt()).isEqualTo(1);

        JsonNode found = reader.graphql(SEARCH, "filter", map("term", word)).data("searchGlossary");
        assertThat(texts(found.get("nodes"), "nodeUri")).containsExactly(term);

        assertThat(steward.graphql(DELETE_GLOSSARY, "uri", glossary).data("deleteGlossary").asInt()).isEqualTo(3);

        assertThat(dataOwner.graphql(TERMS_OF_DATASET, "uri", datasetUri).data("getDataset.terms.count").asInt())
                .isZero();
        assertThat(reader.graphql(SEARCH, "filter", map("term", word)).data("searchGlossary.count").asInt())
                .isZero();
        assertThat(texts(reader.graphql(LIST, "filter", map("term", "Sales words", "pageSize", 1000))
                .data("listGlossaries.nodes"), "nodeUri")).doesNotContain(glossary);
        assertThat(steward.graphql(APPROVE, "uri", linkUri).error()).contains("ObjectNotFound");
    }

    /** A dataset in a new organization and environment the data team administers. */
    private JsonNode aDatasetOf(User dataOwner, String dataTeam) {
        String organization = dataOwner.graphql(CREATE_ORGANIZATION, "input",
                map("label", "Sales", "SamlGroupName", dataTeam)).text("createOrganization.organizationUri");
        String environment = dataOwner.graphql(CREATE_ENVIRONMENT, "input", map("label", "Sales lake",
                "organizationUri", organization, "SamlGroupName", dataTeam, "AwsAccountId", randomAccount(),
                "region", "eu-west-1")).text("createEnvironment.environmentUri");
        return dataOwner.graphql(CREATE_DATASET, "input", map("label", unique("orders"),
                "organizationUri", organization, "environmentUri", environment, "SamlAdminGroupName", dataTeam,
                "description", "Orders", "tags", List.of(), "topics", List.of("Sales")))
                .data("createDataset");
    }
}
