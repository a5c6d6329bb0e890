package io.grantline.app.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /history/export: a resource's or a time range's history as JSON Lines or CSV, for auditors. */
class HistoryExportApiTest extends HistoryApiSupport {

    /** A description RFC 4180 must quote: a comma, a quote and a line break. */
    static final String AWKWARD = "Orders, \"returns\"\nand refunds";

    Dataset dataset;
    JsonNode history;

    @BeforeEach
    void aDatasetWithAnAwkwardDescription() {
        dataset = createDataset(unique("exported"), "plain");
        updateDataset(owner, dataset, "description", AWKWARD);
        history = awaitHistory(owner, dataset.datasetUri(), page -> hasAction(page, "DatasetUpdated"));
    }

    /** The history's event ids, oldest first: the export's order, the event store's. */
    List<String> oldestFirst() {
        List<String> ids = new ArrayList<>(texts(history.get("nodes"), "eventId"));
        Collections.reverse(ids);
        return ids;
    }

    @Test
    void jsonLinesHoldOneEventALineOldestFirst() throws Exception {
        Download download = export(owner.token, "resourceUri", dataset.datasetUri(), "format", "jsonl");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/x-ndjson");
        assertThat(download.disposition()).startsWith("attachment").contains("filename=\"governance-history-"
                + dataset.datasetUri() + ".jsonl\"");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : download.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        // the dataset's stack deployments may add events after the history was read: they come last
        assertThat(lines).extracting(line -> line.get("eventId").asText()).containsSubsequence(oldestFirst());
        assertThat(lines).extracting(line -> line.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode updated = lines.stream().filter(line -> line.get("action").asText().equals("DatasetUpdated"))
                .findFirst().orElseThrow();
        assertThat(updated.get("actor").asText()).isEqualTo(owner.username);
        assertThat(updated.get("position").isNumber()).isTrue();
        assertThat(change(updated, "description")).containsEntry("before", "plain").containsEntry("after", AWKWARD);
        assertThat(updated.get("summary").asText()).isEqualTo(first(history, "DatasetUpdated").get("summary").asText());
    }

    @Test
    void csvHasAHeaderRowAndQuotesWhatRfc4180Quotes() throws Exception {
        Download download = export(owner.token, "resourceUri", dataset.datasetUri(), "format", "csv");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.disposition()).contains(".csv\"");
        assertThat(download.body()).startsWith("eventId,position,time,actor,action,aggregateUri,resourceUri,"
                + "resourceType,summary,correlationId,causationId,changes\r\n");
        List<List<String>> rows = Csv.parse(download.body());
        assertThat(rows.get(0)).hasSize(12);
        List<List<String>> events = rows.subList(1, rows.size());
        assertThat(events).allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(events).extracting(row -> row.get(0)).containsSubsequence(oldestFirst());
        assertThat(events).extracting(row -> Long.parseLong(row.get(1))).isSorted().doesNotHaveDuplicates();
        List<String> updated = events.stream().filter(row -> row.get(4).equals("DatasetUpdated")).findFirst()
                .orElseThrow();
        assertThat(updated.get(3)).isEqualTo(owner.username);
        assertThat(updated.get(6)).isEqualTo(dataset.datasetUri());
        JsonNode changes = JSON.readTree(updated.get(11));
        JsonNode description = null;
        for (JsonNode change : changes) {
            if (change.get("field").asText().equals("description")) {
                description = change;
            }
        }
        assertThat(description).isNotNull();
        assertThat(description.get("after").asText()).isEqualTo(AWKWARD);
    }

    @Test
    void theAdminGroupExportsATimeRangeOfEverything() {
        String from = history.get("nodes").get(history.get("nodes").size() - 1).get("time").asText();
        String to = history.get("nodes").get(0).get("time").asText();

        Download download = export(admin().token, "from", from, "to", to, "format", "jsonl");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).contains("governance-history-all.jsonl");
        assertThat(download.body()).contains(first(history, "DatasetUpdated").get("eventId").asText())
                .contains(first(history, "DatasetCreated").get("eventId").asText());
    }

    @Test
    void withoutATokenTheExportIsUnauthenticated() {
        assertThat(export(null, "resourceUri", dataset.datasetUri()).status()).isEqualTo(401);
    }

    @Test
    void aCallerWhoCannotReadTheResourceIsForbidden() {
        User outsider = outsider();

        Download download = export(outsider.token, "resourceUri", dataset.datasetUri(), "format", "csv");

        assertThat(download.status()).isEqualTo(403);
        assertUnauthorized(download.body(), outsider, "GET_DATASET", dataset.datasetUri());
        assertThat(download.body()).doesNotContain(dataset.kmsAlias());
    }

    @Test
    void onlyTheAdminGroupExportsEverything() {
        Download download = export(owner.token, "format", "jsonl");

        assertThat(download.status()).isEqualTo(403);
        assertUnauthorized(download.body(), owner, "EXPORT_GOVERNANCE_HISTORY", "dataall");
    }

    @Test
    void aBadFormatOrInstantIsRefusedNamingTheParameter() {
        Download format = export(owner.token, "resourceUri", dataset.datasetUri(), "format", "xml");
        Download from = export(owner.token, "resourceUri", dataset.datasetUri(), "from", "last week");
        Download to = export(owner.token, "resourceUri", dataset.datasetUri(), "to", "2026-02-30");

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body()).contains("InvalidInput").contains("format must be jsonl or csv");
        assertThat(from.status()).isEqualTo(400);
        assertThat(from.body()).contains("from must be an ISO-8601 instant");
        assertThat(to.status()).isEqualTo(400);
        assertThat(to.body()).contains("to must be an ISO-8601 instant");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        String uri = unique("nothing");

        Download download = export(admin().token, "resourceUri", uri);

        assertThat(download.status()).isEqualTo(404);
        assertThat(download.body()).contains("ObjectNotFound").contains(uri);
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    assertThat(c).as("a bare line break or quote outside a quoted field").isNotIn('\r', '\n');
                    field.append(c);
                }
            }
            assertThat(quoted).as("an unterminated quoted field").isFalse();
            assertThat(field.length() == 0 && row.isEmpty()).as("the last row ends in CRLF").isTrue();
            return rows;
        }
    }
}
