package io.grantline.app.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeUpdated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationDismissed;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.TermLinks;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import io.grantline.api.vote.VoteEvents.VoteCast;
import io.grantline.api.vote.VoteUris;
import io.grantline.app.api.ApiTest;
import io.grantline.projections.catalog.CatalogIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogProjectionTest extends ApiTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    CatalogIndex index;

    CatalogFixtures facts;
    String organizationUri;
    String environmentUri;
    String datasetUri;

    @BeforeEach
    void anOrganizationWithAnEnvironment() {
        facts = new CatalogFixtures(eventStore);
        organizationUri = unique("org");
        environmentUri = unique("env");
        datasetUri = unique("ds");
        facts.organization(organizationUri, "Analytics");
        facts.environment(environmentUri, organizationUri, "Data Lake");
    }

    @Test
    void aDatasetBecomesADocumentWithDataallsFields() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "sales-team", List.of("pii-free"),
                List.of("Sales"), "Secret");

        JsonNode doc = awaitDocument(datasetUri, d -> true);

        assertThat(doc.get("resourceKind").asText()).isEqualTo("dataset");
        assertThat(doc.get("label").asText()).isEqualTo("Orders");
        assertThat(doc.get("admins").asText()).isEqualTo("sales-team");
        assertThat(doc.get("classification").asText()).isEqualTo("Secret");
        assertThat(texts(doc.get("tags"))).containsExactly("piifree");
        assertThat(texts(doc.get("topics"))).containsExactly("Sales");
        assertThat(doc.get("region").asText()).isEqualTo("euwest1");
        assertThat(doc.get("environmentName").asText()).isEqualTo("Data Lake");
        assertThat(doc.get("organizationName").asText()).isEqualTo("Analytics");
        assertThat(doc.get("source").asText()).isEqualTo("bucket-" + datasetUri);
        assertThat(doc.get("database").asText()).isEqualTo("db_" + datasetUri);
        assertThat(doc.get("upvotes").asInt()).isZero();
    }

    @Test
    void tablesAndFoldersInheritTheirDatasetsContext() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "sales-team", List.of(),
                List.of("Sales"), "Official");
        String tableUri = unique("tbl");
        String folderUri = unique("fld");
        facts.table(datasetUri, tableUri, "customers");
        facts.folder(datasetUri, folderUri, "raw", List.of("landing"));

        JsonNode table = awaitDocument(tableUri, d -> true);
        JsonNode folder = awaitDocument(folderUri, d -> true);

        assertThat(table.get("resourceKind").asText()).isEqualTo("table");
        assertThat(table.get("datasetUri").asText()).isEqualTo(datasetUri);
        assertThat(table.get("admins").asText()).isEqualTo("sales-team");
        assertThat(table.get("database").asText()).isEqualTo("db_" + datasetUri);
        assertThat(folder.get("resourceKind").asText()).isEqualTo("folder");
        assertThat(texts(folder.get("tags"))).containsExactly("landing");
        assertThat(texts(folder.get("topics"))).containsExactly("Sales");
    }

    @Test
    void aDatasetDocumentCountsItsTablesAndFolders() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String tableUri = unique("tbl");
        facts.table(datasetUri, tableUri, "customers");
        facts.table(datasetUri, unique("tbl"), "orders");
        facts.folder(datasetUri, unique("fld"), "raw", List.of());

        awaitDocument(datasetUri, d -> d.get("tables").asInt() == 2 && d.get("folders").asInt() == 1);

        facts.record("Dataset", datasetUri, new DatasetTableRemoved(datasetUri, tableUri, "customers", "deleted",
                Instant.now()));
        awaitDocument(datasetUri, d -> d.get("tables").asInt() == 1);
    }

    @Test
    void aDocumentTellsWhenItWasIndexed() {
        Instant before = Instant.now();
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");

        JsonNode doc = awaitDocument(datasetUri, d -> true);

        assertThat(Instant.parse(doc.get("_indexed").asText())).isAfterOrEqualTo(before);
    }

    @Test
    void aFolderHasTheDatasetsBucketAndNoDatabase() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String folderUri = unique("fld");
        facts.folder(datasetUri, folderUri, "raw", List.of());

        JsonNode folder = awaitDocument(folderUri, d -> true);

        assertThat(folder.get("source").asText()).isEqualTo("bucket-" + datasetUri);
        assertThat(folder.has("database")).isFalse();
    }

    @Test
    void aTableUpdateReRendersIt() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String tableUri = unique("tbl");
        facts.table(datasetUri, tableUri, "customers");
        awaitDocument(tableUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetTableUpdated(datasetUri, tableUri, "Customers", "who buys",
                List.of("crm-data"), List.of(), List.of(), Instant.now()));

        JsonNode table = awaitDocument(tableUri, d -> d.get("label").asText().equals("Customers"));
        assertThat(table.get("description").asText()).isEqualTo("who buys");
        assertThat(texts(table.get("tags"))).containsExactly("crmdata");
        assertThat(table.get("name").asText()).isEqualTo("customers");
    }

    @Test
    void aTableChangedInTheGlueCatalogIsUpdatedThen() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String tableUri = unique("tbl");
        facts.table(datasetUri, tableUri, "customers");
        awaitDocument(tableUri, d -> true);
        Instant changed = Instant.parse("2031-01-02T03:04:05Z");

        facts.record("Dataset", datasetUri, new DatasetTableCatalogChanged(datasetUri, tableUri, "customers/",
                Map.of(), List.of(), changed));

        awaitDocument(tableUri, d -> Instant.parse(d.get("updated").asText()).equals(changed));
    }

    @Test
    void aFolderUpdateReRendersIt() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String folderUri = unique("fld");
        facts.folder(datasetUri, folderUri, "raw", List.of("landing"));
        awaitDocument(folderUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetStorageLocationUpdated(datasetUri, folderUri, "Raw files",
                "as delivered", List.of("bronze"), List.of(), Instant.now()));

        JsonNode folder = awaitDocument(folderUri, d -> d.get("label").asText().equals("Raw files"));
        assertThat(folder.get("description").asText()).isEqualTo("as delivered");
        assertThat(texts(folder.get("tags"))).containsExactly("bronze");
    }

    @Test
    void aDeletedFolderLosesItsDocument() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String folderUri = unique("fld");
        facts.folder(datasetUri, folderUri, "raw", List.of());
        awaitDocument(folderUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetStorageLocationDeleted(datasetUri, folderUri, "raw/"));

        awaitGone(folderUri);
        awaitDocument(datasetUri, d -> d.get("folders").asInt() == 0);
    }

    @Test
    void renamingAnApprovedTermRelabelsItsTargets() {
        String glossaryUri = unique("gls");
        String termUri = unique("term");
        facts.glossaryWithTerm(glossaryUri, termUri, "Revenue");
        var dataset = facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(),
                List.of(), "Secret");
        facts.terms(dataset, List.of(termUri));
        facts.approve(glossaryUri, termUri, datasetUri, "Dataset");
        awaitDocument(datasetUri, d -> d.get("glossary").size() == 1);

        facts.record("Glossary", glossaryUri, new GlossaryNodeUpdated(glossaryUri, termUri, GlossaryNodeType.TERM,
                "Net revenue", "", "approved", Instant.now()));

        awaitDocument(datasetUri, d -> texts(d.get("facets").get("terms")).equals(List.of("Net revenue")));
    }

    @Test
    void aDeletedTermLeavesItsTargetsGlossary() {
        String glossaryUri = unique("gls");
        String termUri = unique("term");
        facts.glossaryWithTerm(glossaryUri, termUri, "Revenue");
        var dataset = facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(),
                List.of(), "Secret");
        facts.terms(dataset, List.of(termUri));
        facts.approve(glossaryUri, termUri, datasetUri, "Dataset");
        awaitDocument(datasetUri, d -> d.get("glossary").size() == 1);

        facts.record("Glossary", glossaryUri, new GlossaryNodeDeleted(glossaryUri, termUri, GlossaryNodeType.TERM,
                List.of(termUri), Instant.now()));

        awaitDocument(datasetUri, d -> d.get("glossary").isEmpty() && d.get("facets").get("terms").isEmpty());
    }

    @Test
    void aDismissedTermLinkLeavesTheGlossary() {
        String glossaryUri = unique("gls");
        String termUri = unique("term");
        facts.glossaryWithTerm(glossaryUri, termUri, "Revenue");
        var dataset = facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(),
                List.of(), "Secret");
        facts.terms(dataset, List.of(termUri));
        facts.approve(glossaryUri, termUri, datasetUri, "Dataset");
        awaitDocument(datasetUri, d -> d.get("glossary").size() == 1);

        facts.record("Glossary", glossaryUri, new TermAssociationDismissed(glossaryUri, termUri,
                TermLinks.linkUri(datasetUri, termUri), datasetUri, "Dataset", "steward", Instant.now()));

        awaitDocument(datasetUri, d -> d.get("glossary").isEmpty());
    }

    @Test
    void aDatasetUpdateReRendersItsTablesToo() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "sales-team", List.of(), List.of(),
                "Unclassified");
        String tableUri = unique("tbl");
        facts.table(datasetUri, tableUri, "customers");
        awaitDocument(tableUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetUpdated(datasetUri, "Orders v2", "new", null, null,
                List.of("gold"), List.of("Finance"), List.of(), "Secret", "English", false, null, List.of(), "alias",
                false, null, null, null, Instant.now()));

        assertThat(awaitDocument(datasetUri, d -> d.get("label").asText().equals("Orders v2"))
                .get("classification").asText()).isEqualTo("Secret");
        assertThat(texts(awaitDocument(tableUri, d -> d.get("classification").asText().equals("Secret"))
                .get("topics"))).containsExactly("Finance");
    }

    @Test
    void renamingTheOrganizationOrEnvironmentReRendersItsItems() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        awaitDocument(datasetUri, d -> true);

        facts.record("Organization", organizationUri, new OrganizationUpdated(organizationUri, "Analytics EU", "",
                List.of(), Instant.now()));
        facts.record("Environment", environmentUri, new EnvironmentUpdated(environmentUri, "Lake EU", "",
                List.of(), "team", "dataall", Map.of(), null, null, List.of(), Instant.now()));

        awaitDocument(datasetUri, d -> d.get("organizationName").asText().equals("Analytics EU")
                && d.get("environmentName").asText().equals("Lake EU"));
    }

    @Test
    void anOrganizationUpdateWithoutALabelKeepsTheNameItsItemsShow() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String organizationName = awaitDocument(datasetUri, d -> true).get("organizationName").asText();

        facts.record("Organization", organizationUri, new OrganizationUpdated(organizationUri, null,
                "described at last", null, Instant.now()));
        facts.record("Environment", environmentUri, new EnvironmentUpdated(environmentUri, "Lake EU", "",
                List.of(), "team", "dataall", Map.of(), null, null, List.of(), Instant.now()));

        assertThat(awaitDocument(datasetUri, d -> d.get("environmentName").asText().equals("Lake EU"))
                .get("organizationName").asText()).isEqualTo(organizationName);
    }

    @Test
    void anApprovedTermLinkAddsTheTermsPath() {
        String glossaryUri = unique("gls");
        String termUri = unique("term");
        facts.record("Glossary", glossaryUri, new GlossaryCreated(glossaryUri, "Finance", "", "approved",
                "stewards", "someone", "/" + glossaryUri, Instant.now()));
        facts.record("Glossary", glossaryUri, new GlossaryNodeCreated(glossaryUri, termUri, GlossaryNodeType.TERM,
                glossaryUri, "/" + glossaryUri + "/" + termUri, "Revenue", "", "approved", "someone", Instant.now()));
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        facts.record("Dataset", datasetUri, new DatasetUpdated(datasetUri, "Orders", "", null, null, List.of(),
                List.of(), List.of(termUri), "Secret", "English", false, null, List.of(), "alias", false, null, null,
                null, Instant.now()));
        assertThat(awaitDocument(datasetUri, d -> true).get("glossary")).isEmpty();

        facts.record("Glossary", glossaryUri, new TermAssociationApproved(glossaryUri, termUri,
                TermLinks.linkUri(datasetUri, termUri), datasetUri, "Dataset", "steward", Instant.now()));

        JsonNode doc = awaitDocument(datasetUri, d -> d.get("glossary").size() == 1);
        assertThat(doc.get("glossary").get(0).asText()).isEqualTo("/" + glossaryUri + "/" + termUri);
        assertThat(texts(doc.get("facets").get("terms"))).containsExactly("Revenue");
    }

    @Test
    void upVotesAreCountedAndTakenBack() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String ada = VoteUris.of("dataset", datasetUri, "ada");
        String bob = VoteUris.of("dataset", datasetUri, "bob");
        facts.record("Vote", ada, new VoteCast(ada, datasetUri, "dataset", "ada", true, null, Instant.now(),
                Instant.now()));
        facts.record("Vote", bob, new VoteCast(bob, datasetUri, "dataset", "bob", true, null, Instant.now(),
                Instant.now()));
        awaitDocument(datasetUri, d -> d.get("upvotes").asInt() == 2);

        facts.record("Vote", ada, new VoteCast(ada, datasetUri, "dataset", "ada", false, true, Instant.now(),
                Instant.now()));

        awaitDocument(datasetUri, d -> d.get("upvotes").asInt() == 1);
    }

    @Test
    void aRemovedTableLosesItsDocument() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String tableUri = unique("tbl");
        facts.table(datasetUri, tableUri, "customers");
        awaitDocument(tableUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetTableRemoved(datasetUri, tableUri, "customers", "deleted",
                Instant.now()));

        awaitGone(tableUri);
    }

    @Test
    void aDeletedDatasetTakesItsTablesAndFoldersWithIt() {
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        String tableUri = unique("tbl");
        String folderUri = unique("fld");
        facts.table(datasetUri, tableUri, "customers");
        facts.folder(datasetUri, folderUri, "raw", List.of());
        awaitDocument(folderUri, d -> true);

        facts.record("Dataset", datasetUri, new DatasetDeleted(datasetUri, environmentUri, false, null,
                Instant.now()));

        awaitGone(datasetUri);
        awaitGone(tableUri);
        awaitGone(folderUri);
    }

    private JsonNode awaitDocument(String uri, Predicate<JsonNode> until) {
        return Awaitility.await("catalog document " + uri).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> index.document(uri), doc -> doc != null && until.test(doc));
    }

    private void awaitGone(String uri) {
        Awaitility.await("catalog document " + uri + " removed").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> index.document(uri) == null);
    }
}
