package io.grantline.graphql.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.history.HistoryQueries.GovernanceChange;
import io.grantline.api.history.HistoryQueries.GovernanceEventView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * How an export writes events: JSON Lines (one GovernanceEvent object a line) or CSV (RFC 4180: a header row, CRLF
 * line ends, fields holding a comma, quote or line break quoted with their quotes doubled; changes as JSON).
 */
enum ExportFormat {

    JSONL("application/x-ndjson", "jsonl") {
        @Override
        void header(Writer out) {
        }

        @Override
        void write(GovernanceEventView event, Writer out) throws IOException {
            ObjectNode line = JSON.createObjectNode()
                    .put("eventId", event.eventId())
                    .put("position", event.position())
                    .put("time", event.time())
                    .put("actor", event.actor())
                    .put("action", event.action())
                    .put("aggregateUri", event.aggregateUri())
                    .put("resourceUri", event.resourceUri())
                    .put("resourceType", event.resourceType())
                    .put("summary", event.summary())
                    .put("correlationId", event.correlationId())
                    .put("causationId", event.causationId());
            line.set("changes", JSON.valueToTree(event.changes()));
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }
    },

    CSV("text/csv", "csv") {
        @Override
        void header(Writer out) throws IOException {
            row(out, COLUMNS);
        }

        @Override
        void write(GovernanceEventView event, Writer out) throws IOException {
            row(out, List.of(event.eventId(), Long.toString(event.position()), event.time(), text(event.actor()),
                    event.action(), text(event.aggregateUri()), text(event.resourceUri()),
                    text(event.resourceType()), event.summary(), text(event.correlationId()),
                    text(event.causationId()), changes(event.changes())));
        }
    };

    static final List<String> COLUMNS = List.of("eventId", "position", "time", "actor", "action", "aggregateUri",
            "resourceUri", "resourceType", "summary", "correlationId", "causationId", "changes");
    private static final ObjectMapper JSON = new ObjectMapper();

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    abstract void header(Writer out) throws IOException;

    abstract void write(GovernanceEventView event, Writer out) throws IOException;

    static ExportFormat of(String value) {
        String name = value == null || value.isBlank() ? "jsonl" : value.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(name)) {
                return format;
            }
        }
        throw new InvalidInput("exportGovernanceHistory", "format", "must be jsonl or csv, got " + value);
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String changes(List<GovernanceChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
