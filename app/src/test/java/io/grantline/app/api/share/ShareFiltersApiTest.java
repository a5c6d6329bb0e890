package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filters of the share listings (getShareRequestsToMe / FromMe), of a share's items and of what is shared into an
 * environment, read against shares of this class: two submitted shares of the crawled dataset whose request purpose
 * holds a term only they use, and one granted share of the crawled dataset's bucket and raw folder.
 */
class ShareFiltersApiTest extends ShareApiSupport {

    static final String TO_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsToMe(filter: $filter) { count nodes { shareUri } }
            }""";
    static final String FROM_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsFromMe(filter: $filter) { count nodes { shareUri } }
            }""";
    static final String ITEMS = """
            query($share: String!, $filter: ShareableObjectFilter) {
              getShareObject(shareUri: $share) {
                items(filter: $filter) { count nodes { shareItemUri itemUri itemType itemName status healthStatus } }
              }
            }""";
    static final String ENVIRONMENT_ITEMS = """
            query($env: String!, $filter: EnvironmentDataItemFilter) {
              searchEnvironmentDataItems(environmentUri: $env, filter: $filter) {
                count nodes { shareUri itemType itemName }
              }
            }""";

    /** The shares this class reads, made once. */
    record Fixture(String term, String first, Principal firstRole, String second, String granted) {
    }

    private static Fixture fixture;

    Fixture shares;

    @BeforeEach
    void theSharesOfThisClass() {
        synchronized (ShareFiltersApiTest.class) {
            if (fixture == null) {
                String term = unique("quarterly").replace("-", "");
                Principal firstRole = consumptionRole();
                String first = submittedWithPurpose(firstRole, "First " + term);
                String second = submittedWithPurpose(consumptionRole(), "Second " + term);
                Map<String, String> bucketAndFolder = Map.of(shared.crawled().datasetUri(), "S3Bucket",
                        shared.crawled().folder("raw"), "StorageLocation");
                String granted = processedShare(shared.crawled().datasetUri(), consumptionRole(), bucketAndFolder);
                fixture = new Fixture(term, first, firstRole, second, granted);
            }
        }
        shares = fixture;
    }

    // ---- getShareRequestsToMe / getShareRequestsFromMe

    @Test
    void aTermFindsTheSharesWhoseRequestPurposeHoldsIt() {
        assertThat(toMe(map("term", shares.term()))).containsExactlyInAnyOrder(shares.first(), shares.second());
        assertThat(fromMe(map("term", shares.term()))).containsExactlyInAnyOrder(shares.first(), shares.second());
    }

    @Test
    void shareRequestersKeepsTheSharesOfTheNamedTeams() {
        assertThat(toMe(map("term", shares.term(), "share_requesters", List.of(shared.consumerTeam()))))
                .containsExactlyInAnyOrder(shares.first(), shares.second());
        assertThat(toMe(map("term", shares.term(), "share_requesters", List.of("nobody-requests")))).isEmpty();
    }

    @Test
    void shareIamPrincipalsKeepsTheSharesToTheNamedRoles() {
        String roleName = shares.firstRole().roleArn().substring(shares.firstRole().roleArn().indexOf("role/") + 5);

        assertThat(toMe(map("term", shares.term(), "share_iam_principals", List.of(roleName))))
                .containsExactly(shares.first());
    }

    @Test
    void datasetOwnersKeepsTheSharesOfTheNamedOwnerTeams() {
        assertThat(fromMe(map("term", shares.term(), "dataset_owners", List.of(shared.ownerTeam()))))
                .containsExactlyInAnyOrder(shares.first(), shares.second());
        assertThat(fromMe(map("term", shares.term(), "dataset_owners", List.of("nobody-owns")))).isEmpty();
    }

    @Test
    void statusKeepsTheSharesInTheNamedStatuses() {
        List<String> uris = List.of(shared.crawled().datasetUri());

        assertThat(fromMe(map("datasets_uris", uris, "status", List.of("Submitted"), "pageSize", 1000)))
                .contains(shares.first(), shares.second()).doesNotContain(shares.granted());
        assertThat(fromMe(map("datasets_uris", uris, "status", List.of("Processed"), "pageSize", 1000)))
                .contains(shares.granted()).doesNotContain(shares.first(), shares.second());
    }

    @Test
    void sortOrdersTheSharesByCreationEitherWay() {
        List<String> ascending = toMe(map("term", shares.term(),
                "sort", List.of(map("field", "created", "direction", "asc"))));
        List<String> descending = toMe(map("term", shares.term(),
                "sort", List.of(map("field", "created", "direction", "desc"))));

        assertThat(ascending).containsExactly(shares.first(), shares.second());
        assertThat(descending).containsExactly(shares.second(), shares.first());
    }

    @Test
    void aSortFieldTheApiDoesNotKnowIsRefused() {
        String error = owner.graphql(TO_ME, "filter", map("term", shares.term(),
                "sort", List.of(map("field", "principal", "direction", "asc")))).error();

        assertThat(error).contains("ShareSortField").contains("principal");
    }

    @Test
    void aFilterMatchingNothingAnswersAnEmptyPage() {
        JsonNode page = owner.graphql(TO_ME, "filter", map("term", "no-such-term-" + System.nanoTime()))
                .data("getShareRequestsToMe");

        assertThat(page.get("count").asInt()).isZero();
        assertThat(page.get("nodes")).isEmpty();
    }

    // ---- ShareObject.items(filter)

    @Test
    void isSharedFalseListsWhatTheShareCouldStillRequest() {
        JsonNode notShared = items(shares.first(), map("isShared", false));

        assertThat(texts(notShared.get("nodes"), "itemName")).contains("orders", "raw", "curated")
                .doesNotContain("customers");
        assertThat(notShared.get("nodes").findValues("shareItemUri")).allSatisfy(uri -> assertThat(uri.isNull())
                .isTrue());
    }

    @Test
    void isSharedTrueListsOnlyTheItemsTheShareHolds() {
        JsonNode held = items(shares.first(), map("isShared", true));

        assertThat(texts(held.get("nodes"), "itemUri")).containsExactly(shared.crawled().table("customers"));
    }

    @Test
    void isRevokableListsOnlyGrantedItems() {
        assertThat(texts(items(shares.granted(), map("isRevokable", true)).get("nodes"), "itemType"))
                .containsExactlyInAnyOrder("S3Bucket", "StorageLocation");
        assertThat(items(shares.first(), map("isRevokable", true)).get("count").asInt()).isZero();
    }

    @Test
    void aTermKeepsTheItemsWhoseNameHoldsIt() {
        assertThat(texts(items(shares.first(), map("term", "CUST")).get("nodes"), "itemName"))
                .containsExactly("customers");
    }

    @Test
    void isHealthyListsTheItemsAVerificationFoundHealthy() {
        assertThat(items(shares.first(), map("isHealthy", true)).get("count").asInt()).isZero();
        requester.graphql(VERIFY, "input", allItems(shares.granted())).data("verifyItemsShareObject");

        awaitCloud("healthy items of share " + shares.granted()).untilAsserted(() ->
                assertThat(texts(items(shares.granted(), map("isHealthy", true)).get("nodes"), "itemType"))
                        .containsExactlyInAnyOrder("S3Bucket", "StorageLocation"));
    }

    // ---- searchEnvironmentDataItems(filter)

    @Test
    void itemTypesKeepsTheSharedItemsOfTheNamedTypes() {
        assertThat(environmentItems(map("itemTypes", List.of("StorageLocation"), "pageSize", 1000)))
                .extracting(item -> item.get("itemType").asText()).containsExactly("StorageLocation");
        assertThat(environmentItems(map("itemTypes", List.of("Table"), "pageSize", 1000))).isEmpty();
    }

    @Test
    void uniqueSharesAnswersEachShareOnce() {
        assertThat(environmentItems(map("pageSize", 1000))).hasSize(2);
        assertThat(environmentItems(map("uniqueShares", true, "pageSize", 1000))).hasSize(1);
    }

    @Test
    void anItemTypeNotSharedIntoTheEnvironmentFindsNothing() {
        assertThat(environmentItems(map("itemTypes", List.of("RedshiftTable"), "pageSize", 1000))).isEmpty();
    }

    // ---- helpers

    private String submittedWithPurpose(Principal principal, String purpose) {
        Map<String, Object> input = shareInput(principal);
        input.put("requestPurpose", purpose);
        String shareUri = create(requester, shared.crawled().datasetUri(), input).text("createShareObject.shareUri");
        addItem(shareUri, "Table", shared.crawled().table("customers"));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        return shareUri;
    }

    private List<String> toMe(Map<String, Object> filter) {
        return texts(owner.graphql(TO_ME, "filter", filter).data("getShareRequestsToMe.nodes"), "shareUri");
    }

    private List<String> fromMe(Map<String, Object> filter) {
        return texts(requester.graphql(FROM_ME, "filter", filter).data("getShareRequestsFromMe.nodes"), "shareUri");
    }

    private JsonNode items(String shareUri, Map<String, Object> filter) {
        filter.put("pageSize", 100);
        return requester.graphql(ITEMS, "share", shareUri, "filter", filter).data("getShareObject.items");
    }

    /** The items of the granted share among those shared into the consuming environment. */
    private List<JsonNode> environmentItems(Map<String, Object> filter) {
        JsonNode nodes = requester.graphql(ENVIRONMENT_ITEMS, "env", shared.consumingEnvironment(), "filter", filter)
                .data("searchEnvironmentDataItems.nodes");
        List<JsonNode> ofTheShare = new ArrayList<>();
        nodes.forEach(node -> {
            if (node.get("shareUri").asText().equals(shares.granted())) {
                ofTheShare.add(node);
            }
        });
        return ofTheShare;
    }
}
