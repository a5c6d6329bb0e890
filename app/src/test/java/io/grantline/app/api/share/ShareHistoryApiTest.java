package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * governanceHistory of a share, requested, approved, processed and revoked: who did what, the processor's work
 * under the correlation id of the approval, and the same events in the histories of the tables and folders shared.
 * Here rather than in the history package because it needs the shared world of the share tests.
 */
class ShareHistoryApiTest extends ShareApiSupport {

    static final String HISTORY = """
            query($uri: String!, $filter: GovernanceHistoryFilter) {
              governanceHistory(resourceUri: $uri, filter: $filter) {
                count nodes { eventId actor action resourceUri resourceType summary correlationId causationId
                              changes { field before after } }
              }
            }""";

    @Test
    void aSharesHistoryTellsWhoRequestedApprovedAndRevokedAndWhatTheProcessorDidForThem() {
        Dataset dataset = shared.crawled();
        String tableUri = dataset.table("customers");
        String folderUri = dataset.folder("raw");
        Map<String, String> items = new LinkedHashMap<>();
        items.put(tableUri, "Table");
        items.put(folderUri, "StorageLocation");
        String shareUri = processedShare(dataset.datasetUri(), consumptionRole(), items);
        requester.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");
        awaitItems(shareUri, "Processed", "Revoke_Succeeded");

        JsonNode history = awaitHistory(requester, shareUri, page -> count(page, "ShareProcessingFinished") == 2);

        assertThat(actions(history)).containsSubsequence("ShareProcessingFinished", "ShareItemsRevoked",
                "ShareProcessingFinished", "ShareObjectApproved", "ShareObjectSubmitted", "ShareItemAdded",
                "ShareObjectCreated");
        JsonNode created = first(history, "ShareObjectCreated");
        assertThat(created.get("actor").asText()).isEqualTo(requester.username);
        JsonNode approved = first(history, "ShareObjectApproved");
        assertThat(approved.get("actor").asText()).isEqualTo(owner.username);
        assertThat(approved.get("summary").asText())
                .isEqualTo(owner.username + " approved share object " + shareUri + " (2 items)");
        assertThat(change(approved, "status")).containsEntry("before", "Submitted").containsEntry("after", "Approved");
        JsonNode revoked = first(history, "ShareItemsRevoked");
        assertThat(revoked.get("actor").asText()).isEqualTo(requester.username);
        assertThat(revoked.get("summary").asText())
                .isEqualTo(requester.username + " revoked share items " + shareUri + " (2 items)");

        String approval = approved.get("correlationId").asText();
        JsonNode ofTheApproval = page(owner, shareUri, map("correlationId", approval, "pageSize", 100));
        assertThat(actions(ofTheApproval)).as("the approval and the share processor's follow-ups")
                .contains("ShareObjectApproved", "ShareProcessingStarted", "ShareItemProcessed",
                        "ShareProcessingFinished").doesNotContain("ShareItemsRevoked", "ShareObjectSubmitted");
        assertThat(count(ofTheApproval, "ShareItemProcessed")).isEqualTo(2);
        assertThat(texts(ofTheApproval.get("nodes"), "causationId")).doesNotHaveDuplicates();
        String revocation = revoked.get("correlationId").asText();
        assertThat(revocation).isNotEqualTo(approval);

        JsonNode ofTheTable = awaitHistory(owner, tableUri, page -> page.toString().contains(revoked.get("eventId")
                .asText()));
        assertThat(texts(ofTheTable.get("nodes"), "eventId")).contains(approved.get("eventId").asText(),
                revoked.get("eventId").asText());
        JsonNode ofTheFolder = page(owner, folderUri, map("actions", List.of("ShareObjectApproved"),
                "pageSize", 100));
        assertThat(texts(ofTheFolder.get("nodes"), "eventId")).contains(approved.get("eventId").asText());
        JsonNode ofTheDataset = page(owner, dataset.datasetUri(), map("correlationId", approval));
        assertThat(texts(ofTheDataset.get("nodes"), "eventId")).contains(approved.get("eventId").asText());
    }

    @Test
    void aCallerWhoCannotReadTheShareIsRefusedItsHistory() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        User outsider = outsider();

        String error = outsider.graphql(HISTORY, "uri", shareUri, "filter", map()).error();

        assertUnauthorized(error, outsider, "GET_SHARE_OBJECT", shareUri);
        assertThat(page(requester, shareUri, map()).get("count").asInt()).as("the requester reads it")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aBadPageSizeOnAShareIsRefusedNamingIt() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        assertThat(requester.graphql(HISTORY, "uri", shareUri, "filter", map("pageSize", -1)).error())
                .contains("InvalidInput").contains("pageSize");
    }

    JsonNode page(User user, String uri, Map<String, Object> filter) {
        return user.graphql(HISTORY, "uri", uri, "filter", filter).data("governanceHistory");
    }

    JsonNode awaitHistory(User user, String uri, Predicate<JsonNode> shows) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await("history of " + uri).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    last.set(page(user, uri, map("pageSize", 1000)));
                    assertThat(shows.test(last.get())).as("history of %s: %s", uri, last.get()).isTrue();
                });
        return last.get();
    }

    static List<String> actions(JsonNode page) {
        return texts(page.get("nodes"), "action");
    }

    static long count(JsonNode page, String action) {
        return actions(page).stream().filter(action::equals).count();
    }

    static JsonNode first(JsonNode page, String action) {
        List<JsonNode> found = new ArrayList<>();
        page.get("nodes").forEach(node -> {
            if (node.get("action").asText().equals(action)) {
                found.add(node);
            }
        });
        assertThat(found).as("%s in %s", action, page).isNotEmpty();
        return found.get(0);
    }

    static Map<String, String> change(JsonNode event, String field) {
        for (JsonNode change : event.get("changes")) {
            if (change.get("field").asText().equals(field)) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("before", change.get("before").isNull() ? null : change.get("before").asText());
                values.put("after", change.get("after").isNull() ? null : change.get("after").asText());
                return values;
            }
        }
        throw new AssertionError("no change of " + field + " in " + event);
    }
}
