package io.grantline.app.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.app.api.ApiTest;
import io.grantline.projections.catalog.CatalogIndex;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogSearchApiTest extends ApiTest {

    static final String SEARCH = """
            query($filter: CatalogSearchFilter) {
              searchCatalog(filter: $filter) {
                count page pages hasNext hasPrevious
                nodes { uri resourceKind label tags topics classification region ownerTeam environmentUri
                        environmentName organizationName datasetUri upvotes access }
                facets { kinds { value count } tags { value count } topics { value count } terms { value count }
                         classifications { value count } regions { value count } ownerTeams { value count }
                         environments { value count } }
              }
            }""";

    @Autowired
    EventStore eventStore;
    @Autowired
    CatalogIndex index;

    CatalogFixtures facts;
    String organizationUri;
    String marker;
    String team;
    String environmentUri;
    String ordersUri;
    String customersUri;
    String invoicesUri;
    DatasetCreated invoices;

    /** Two datasets of one team in an environment no other test uses, one with a table. */
    @BeforeEach
    void twoDatasetsAndATable() {
        facts = new CatalogFixtures(eventStore);
        marker = unique("marker");
        team = unique("sales");
        organizationUri = unique("org");
        environmentUri = unique("env");
        facts.organization(organizationUri, "Analytics");
        facts.environment(environmentUri, organizationUri, "Data Lake");
        ordersUri = unique("ds");
        invoicesUri = unique("ds");
        customersUri = unique("tbl");
        facts.dataset(ordersUri, organizationUri, environmentUri, "Orders", team, List.of(marker, "gold"),
                List.of("Sales"), "Secret");
        invoices = facts.dataset(invoicesUri, organizationUri, environmentUri, "Invoices", team, List.of(marker),
                List.of("Finance"), "Official");
        facts.table(ordersUri, customersUri, "customers");
        Awaitility.await("catalog documents of " + marker).atMost(Duration.ofSeconds(30))
                .until(() -> index.document(customersUri) != null && index.document(invoicesUri) != null);
        index.refresh();
    }

    @Test
    void aTermFindsItemsByTheirLabel() {
        JsonNode result = search(member(), map("term", "invoices", "environmentUris", List.of(environmentUri)));

        assertThat(texts(result.get("nodes"), "uri")).containsExactly(invoicesUri);
    }

    @Test
    void facetsCountEveryMatchingItem() {
        JsonNode facets = search(member(), map("environmentUris", List.of(environmentUri))).get("facets");

        assertThat(counts(facets.get("kinds"))).containsEntry("dataset", 2).containsEntry("table", 1);
        assertThat(counts(facets.get("classifications"))).containsEntry("Secret", 2).containsEntry("Official", 1);
        assertThat(counts(facets.get("tags"))).containsEntry(marker, 2).containsEntry("gold", 1);
        assertThat(counts(facets.get("regions"))).containsEntry("eu-west-1", 3);
        assertThat(counts(facets.get("ownerTeams"))).containsEntry(team, 3);
        assertThat(counts(facets.get("environments"))).containsEntry(environmentUri, 3);
    }

    @Test
    void aFacetFilterKeepsOnlyItemsWithOneOfItsValues() {
        JsonNode result = search(member(), map("environmentUris", List.of(environmentUri), "kinds", List.of("table")));

        assertThat(texts(result.get("nodes"), "uri")).containsExactly(customersUri);
    }

    @Test
    void filtersOfDifferentFacetsAllApply() {
        JsonNode result = search(member(), map("tags", List.of(marker), "classifications", List.of("Official"),
                "ownerTeams", List.of(team)));

        assertThat(texts(result.get("nodes"), "uri")).containsExactly(invoicesUri);
    }

    @Test
    void topicAndRegionFiltersKeepTheItemsWithBoth() {
        JsonNode result = search(member(), map("term", "invoices", "environmentUris", List.of(environmentUri),
                "topics", List.of("Finance"), "regions", List.of("eu-west-1")));

        assertThat(texts(result.get("nodes"), "uri")).containsExactly(invoicesUri);
    }

    @Test
    void aTopicFilterKeepsTheItemsOfDatasetsOnThatTopic() {
        JsonNode result = search(member(), map("environmentUris", List.of(environmentUri), "topics",
                List.of("Finance")));

        assertThat(texts(result.get("nodes"), "uri")).containsExactly(invoicesUri);
        assertThat(counts(search(member(), map("environmentUris", List.of(environmentUri))).get("facets")
                .get("topics"))).containsEntry("Sales", 2).containsEntry("Finance", 1);
    }

    @Test
    void aRegionFilterKeepsTheItemsOfThatRegion() {
        Map<String, Object> here = map("environmentUris", List.of(environmentUri), "regions", List.of("eu-west-1"));
        Map<String, Object> elsewhere = map("environmentUris", List.of(environmentUri), "regions",
                List.of("us-east-1"));

        assertThat(search(member(), here).get("count").asInt()).isEqualTo(3);
        assertThat(search(member(), elsewhere).get("count").asInt()).isZero();
    }

    @Test
    void anApprovedGlossaryTermIsAFacetAFilterAndFoundByTheTerm() {
        String glossaryUri = unique("gls");
        String termUri = unique("term");
        String termLabel = "Receivable" + marker.replaceAll("[^0-9]", "");
        facts.glossaryWithTerm(glossaryUri, termUri, termLabel);
        facts.terms(invoices, List.of(termUri));
        facts.approve(glossaryUri, termUri, invoicesUri, "Dataset");
        Map<String, Object> byTerm = map("environmentUris", List.of(environmentUri), "terms", List.of(termLabel));

        Awaitility.await("term " + termLabel + " on the invoices").atMost(Duration.ofSeconds(30))
                .until(() -> search(member(), byTerm).get("count").asInt() == 1);

        assertThat(texts(search(member(), byTerm).get("nodes"), "uri")).containsExactly(invoicesUri);
        assertThat(counts(search(member(), map("environmentUris", List.of(environmentUri))).get("facets")
                .get("terms"))).containsEntry(termLabel, 1);
        assertThat(texts(search(member(), map("term", termLabel, "environmentUris", List.of(environmentUri)))
                .get("nodes"), "uri")).containsExactly(invoicesUri);
    }

    @Test
    void hitsArePagedFromOne() {
        JsonNode second = search(member(), map("environmentUris", List.of(environmentUri), "page", 2, "pageSize", 2));

        assertThat(second.get("count").asInt()).isEqualTo(3);
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(second.get("nodes")).hasSize(1);
        assertThat(second.get("hasPrevious").asBoolean()).isTrue();
        assertThat(second.get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void aTableCarriesItsDatasetsContext() {
        JsonNode table = search(member(), map("environmentUris", List.of(environmentUri), "kinds", List.of("table")))
                .get("nodes").get(0);

        assertThat(table.get("datasetUri").asText()).isEqualTo(ordersUri);
        assertThat(table.get("environmentName").asText()).isEqualTo("Data Lake");
        assertThat(table.get("organizationName").asText()).isEqualTo("Analytics");
        assertThat(texts(table.get("topics"))).containsExactly("Sales");
    }

    @Test
    void theOwnerTeamSeesItsItemsAsItsOwn() {
        JsonNode result = search(signIn(unique("owner"), team), map("environmentUris", List.of(environmentUri)));

        assertThat(texts(result.get("nodes"), "access")).containsOnly("Owner");
    }

    @Test
    void anyoneElseCanRequestThem() {
        JsonNode result = search(member(), map("environmentUris", List.of(environmentUri)));

        assertThat(texts(result.get("nodes"), "access")).containsOnly("CanRequest");
    }

    @Test
    void theStewardsSeeTheirDatasetsAsTheirOwn() {
        String stewards = unique("stewards");
        String stewardedUri = unique("ds");
        facts.dataset(stewardedUri, organizationUri, environmentUri, "Stewarded", new CatalogFixtures.Teams(team,
                team, stewards), List.of(), List.of(), "Secret");
        awaitIndexed(stewardedUri);

        JsonNode result = search(signIn(unique("steward"), stewards), map("environmentUris",
                List.of(environmentUri), "term", "stewarded"));

        assertThat(texts(result.get("nodes"), "access")).containsExactly("Owner");
    }

    @Test
    void aTeamHoldingAPermissionOnTheItemAlreadyHasAccess() {
        String environmentAdmins = unique("envadmins");
        String managedUri = unique("ds");
        String tableUri = unique("tbl");
        facts.dataset(managedUri, organizationUri, environmentUri, "Managed", new CatalogFixtures.Teams(team,
                environmentAdmins, null), List.of(), List.of(), "Secret");
        facts.table(managedUri, tableUri, "managed");
        awaitIndexed(tableUri);
        User environmentAdmin = signIn(unique("envadmin"), environmentAdmins);
        Map<String, Object> managed = map("environmentUris", List.of(environmentUri), "term", "managed");

        Awaitility.await("the environment admins' permissions read").atMost(Duration.ofSeconds(30))
                .until(() -> texts(search(environmentAdmin, managed).get("nodes"), "access"),
                        access -> access.size() == 2 && access.stream().allMatch("HasAccess"::equals));
        assertThat(texts(search(member(), managed).get("nodes"), "access")).containsOnly("CanRequest");
    }

    @Test
    void searchingWithoutSigningInIsRefused() {
        Response response = post("/graphql", null, Map.of("query", SEARCH, "variables", Map.of()));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aPageSizeOverAHundredIsRefusedNamingIt() {
        String error = member().graphql(SEARCH, "filter", map("pageSize", 500)).error();

        assertThat(error).contains("pageSize").contains("between 1 and 100");
    }

    @Test
    void aPageBelowOneIsRefusedNamingIt() {
        String error = member().graphql(SEARCH, "filter", map("page", 0)).error();

        assertThat(error).contains("page").contains("between 1 and");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheKinds() {
        String error = member().graphql(SEARCH, "filter", map("kinds", List.of("dashboard-ish"))).error();

        assertThat(error).contains("kinds").contains("dashboard-ish");
    }

    @Test
    void anOverlongTermIsRefusedNamingIt() {
        String error = member().graphql(SEARCH, "filter", map("term", "x".repeat(300))).error();

        assertThat(error).contains("term").contains("at most 256");
    }

    @Test
    void aBlankFacetValueIsRefusedNamingTheFacet() {
        String error = member().graphql(SEARCH, "filter", map("tags", List.of(" "))).error();

        assertThat(error).contains("tags").contains("must not be blank");
    }

    private void awaitIndexed(String uri) {
        Awaitility.await("catalog document " + uri).atMost(Duration.ofSeconds(30))
                .until(() -> index.document(uri) != null);
        index.refresh();
    }

    private User member() {
        return signIn(unique("reader"), unique("readers"));
    }

    private static JsonNode search(User user, Map<String, Object> filter) {
        return user.graphql(SEARCH, "filter", filter).data("searchCatalog");
    }

    private static Map<String, Integer> counts(JsonNode facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        facet.forEach(value -> counts.put(value.get("value").asText(), value.get("count").asInt()));
        return counts;
    }
}
