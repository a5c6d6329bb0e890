package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.glossary.TermLinks;
import io.grantline.projections.catalog.CatalogIndex;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** data.all's collaboration flow: a glossary's term named by a dataset, approved, found, and gone with it. */
class DatasetGlossaryTermsApiTest extends DatasetApiSupport {

    static final String CREATE_GLOSSARY = """
            mutation($input: CreateGlossaryInput) { createGlossary(input: $input) { nodeUri } }""";
    static final String CREATE_CATEGORY = """
            mutation($parent: String!, $input: CreateCategoryInput) { createCategory(parentUri: $parent, input: $input) { nodeUri } }""";
    static final String CREATE_TERM = """
            mutation($parent: String!, $input: CreateTermInput) { createTerm(parentUri: $parent, input: $input) { nodeUri path } }""";
    static final String TERMS_OF_DATASET = """
            query($uri: String!) { getDataset(datasetUri: $uri) { terms { count nodes { nodeUri label } } } }""";
    static final String ASSOCIATIONS = """
            query($uri: String!) {
              getGlossary(nodeUri: $uri) {
                stats { associations }
                associations { count nodes { linkUri nodeUri targetUri targetType approvedByOwner approvedBySteward
                                             target { label } term { label } } }
              }
            }""";
    static final String APPROVE = "mutation($uri: String!) { approveTermAssociation(linkUri: $uri) }";
    static final String DISMISS = "mutation($uri: String!) { dismissTermAssociation(linkUri: $uri) }";
    static final String SEARCH = """
            query($filter: GlossaryNodeSearchFilter) { searchGlossary(filter: $filter) { nodes { ... on Term { nodeUri } } } }""";
    static final String DELETE_GLOSSARY = "mutation($uri: String!) { deleteGlossary(nodeUri: $uri) }";

    @Autowired
    CatalogIndex catalog;

    String glossaryUri;
    String termUri;
    String termPath;
    String termLabel;

    /** A glossary the dataset owner's team administers, with a category and a term. */
    @BeforeEach
    void aGlossaryWithATerm() {
        glossaryUri = owner.graphql(CREATE_GLOSSARY, "input", map("label", "Sales words", "readme", "",
                "admin", team)).text("createGlossary.nodeUri");
        String category = owner.graphql(CREATE_CATEGORY, "parent", glossaryUri, "input",
                map("label", "Revenue", "readme", "")).text("createCategory.nodeUri");
        termLabel = unique("Bookings");
        JsonNode term = owner.graphql(CREATE_TERM, "parent", category, "input", map("label", termLabel, "readme", ""))
                .data("createTerm");
        termUri = term.get("nodeUri").asText();
        termPath = term.get("path").asText();
    }

    @Test
    void aTermNamedByADatasetIsLinkedAndApprovedByTheGlossarysAdminTeam() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();

        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        JsonNode terms = owner.graphql(TERMS_OF_DATASET, "uri", datasetUri).data("getDataset.terms");
        assertThat(texts(terms.get("nodes"), "nodeUri")).containsExactly(termUri);
        JsonNode link = owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary").at("/associations/nodes/0");
        assertThat(link.get("linkUri").asText()).isEqualTo(TermLinks.linkUri(datasetUri, termUri));
        assertThat(link.get("targetType").asText()).isEqualTo("Dataset");
        assertThat(link.at("/target/label").asText()).startsWith("orders");
        assertThat(link.get("approvedByOwner").asBoolean()).isTrue();
        assertThat(link.get("approvedBySteward").asBoolean()).isFalse();

        assertThat(owner.graphql(APPROVE, "uri", link.get("linkUri").asText()).data("approveTermAssociation")
                .asBoolean()).isTrue();

        JsonNode approved = owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary");
        assertThat(approved.at("/associations/nodes/0/approvedBySteward").asBoolean()).isTrue();
        assertThat(approved.at("/stats/associations").asInt()).isEqualTo(1);
        Awaitility.await("the catalog document shows the approved term").atMost(Duration.ofSeconds(30))
                .until(() -> {
                    JsonNode doc = catalog.document(datasetUri);
                    return doc != null && texts(doc.get("glossary")).contains(termPath);
                });
        assertThat(texts(outsider().graphql(SEARCH, "filter", map("term", termLabel)).data("searchGlossary.nodes"),
                "nodeUri")).containsExactly(termUri);
    }

    @Test
    void dismissingTakesTheApprovalBack() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");
        String linkUri = TermLinks.linkUri(datasetUri, termUri);
        owner.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation");

        assertThat(owner.graphql(DISMISS, "uri", linkUri).data("dismissTermAssociation").asBoolean()).isTrue();

        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary")
                .at("/associations/nodes/0/approvedBySteward").asBoolean()).isFalse();
    }

    @Test
    void onlyTheGlossarysAdminTeamApprovesALink() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        User outsider = outsider();

        String error = outsider.graphql(APPROVE, "uri", TermLinks.linkUri(datasetUri, termUri)).error();

        assertThat(error).contains("UnauthorizedOperation").contains("ASSOCIATE_GLOSSARY_TERM")
                .contains("User: " + outsider.username + " is not allowed to manage glossary term associations");
        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary")
                .at("/associations/nodes/0/approvedBySteward").asBoolean()).isFalse();
    }

    @Test
    void onlyTheGlossarysAdminTeamDismissesALink() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");
        String linkUri = TermLinks.linkUri(datasetUri, termUri);
        owner.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation");

        String error = outsider().graphql(DISMISS, "uri", linkUri).error();

        assertThat(error).contains("UnauthorizedOperation").contains("ASSOCIATE_GLOSSARY_TERM");
        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary")
                .at("/associations/nodes/0/approvedBySteward").asBoolean()).isTrue();
    }

    @Test
    void aTermTakenOffTheDatasetIsNoLongerLinked() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(), "KmsAlias", kmsAlias)).data("updateDataset");

        assertThat(owner.graphql(TERMS_OF_DATASET, "uri", datasetUri).data("getDataset.terms.count").asInt()).isZero();
        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary.associations.count").asInt())
                .isZero();
        assertThat(owner.graphql(APPROVE, "uri", TermLinks.linkUri(datasetUri, termUri)).error())
                .contains("ObjectNotFound");
    }

    @Test
    void aTermNamedAgainAfterBeingTakenOffAwaitsANewApproval() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        String linkUri = TermLinks.linkUri(datasetUri, termUri);
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");
        owner.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation");
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(), "KmsAlias", kmsAlias)).data("updateDataset");

        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary")
                .at("/associations/nodes/0/approvedBySteward").asBoolean()).isFalse();
        assertThat(owner.graphql(APPROVE, "uri", linkUri).data("approveTermAssociation").asBoolean()).isTrue();
        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary")
                .at("/associations/nodes/0/approvedBySteward").asBoolean()).isTrue();
    }

    @Test
    void aDeletedDatasetLeavesNoLinks() {
        String datasetUri = createDatasetUri(unique("orders"));
        String kmsAlias = owner.graphql(GET, "uri", datasetUri).data("getDataset").at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        owner.graphql(DELETE, "uri", datasetUri, "fromAws", false).data("deleteDataset");

        assertThat(owner.graphql(ASSOCIATIONS, "uri", glossaryUri).data("getGlossary.associations.count").asInt())
                .isZero();
    }

    @Test
    void anUnknownTermIsRefusedAndNothingChanges() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();

        String error = refusedWithoutChange(datasetUri, () -> owner.graphql(UPDATE, "uri", datasetUri, "input",
                map("terms", List.of("no-such-term"), "KmsAlias", kmsAlias)));

        assertThat(error).contains("terms").contains("no-such-term");
    }

    @Test
    void aCategoryIsNotATerm() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();

        String error = owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(glossaryUri), "KmsAlias", kmsAlias)).error();

        assertThat(error).contains("terms").contains(glossaryUri);
    }

    @Test
    void aDeletedGlossaryTakesItsTermsOffTheDataset() {
        JsonNode dataset = createDataset(unique("orders"));
        String datasetUri = dataset.get("datasetUri").asText();
        String kmsAlias = dataset.at("/restricted/KmsAlias").asText();
        owner.graphql(UPDATE, "uri", datasetUri, "input", map("terms", List.of(termUri), "KmsAlias", kmsAlias)).data("updateDataset");

        assertThat(owner.graphql(DELETE_GLOSSARY, "uri", glossaryUri).data("deleteGlossary").asInt()).isEqualTo(3);

        assertThat(owner.graphql(TERMS_OF_DATASET, "uri", datasetUri).data("getDataset.terms.count").asInt())
                .isZero();
    }
}
