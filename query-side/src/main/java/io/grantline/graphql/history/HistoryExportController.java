package io.grantline.graphql.history;

import io.grantline.api.Actor;
import io.grantline.api.error.DataallException;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.history.HistoryExport;
import io.grantline.graphql.security.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance history as a download for auditors: GET /history/export?resourceUri=&from=&to=&format=jsonl|csv,
 * signed in like the GraphQL API. With resourceUri, those who may read its history; without, the admin group only.
 * Events go out oldest first as the database cursor reads them, so an export of any size is streamed.
 */
@RestController
public class HistoryExportController {

    static final String ACTION = "exportGovernanceHistory";
    /** The operation a refused export of the whole history names, as data.all names admin-only operations. */
    static final String EXPORT_ALL = "EXPORT_GOVERNANCE_HISTORY";

    private final CurrentActor currentActor;
    private final HistoryAccess access;
    private final HistoryExport history;

    public HistoryExportController(CurrentActor currentActor, HistoryAccess access, HistoryExport history) {
        this.currentActor = currentActor;
        this.access = access;
        this.history = history;
    }

    @GetMapping("/history/export")
    public void export(@RequestParam(required = false) String resourceUri,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String format, HttpServletResponse response)
            throws IOException {
        Actor actor = currentActor.get();
        ExportFormat chosen = ExportFormat.of(format);
        Instant fromInstant = HistoryInputs.instant(ACTION, "from", from);
        Instant toInstant = HistoryInputs.instant(ACTION, "to", to);
        HistoryInputs.requireOrdered(ACTION, fromInstant, toInstant);
        String uri = resourceUri == null || resourceUri.isBlank() ? null : resourceUri.trim();
        if (uri == null) {
            access.requireAdmin(actor, EXPORT_ALL);
        } else {
            access.requireReadable(actor, uri);
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(chosen.contentType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"governance-history-"
                + (uri == null ? "all" : uri.replaceAll("[^A-Za-z0-9._-]", "_")) + "." + chosen.extension + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                64 * 1024);
        chosen.header(out);
        history.stream(uri, fromInstant, toInstant, event -> {
            try {
                chosen.write(event, out);
            } catch (IOException e) {
                throw new UncheckedIOException("The export's client went away", e);
            }
        });
        out.flush();
    }

    @ExceptionHandler(DataallException.class)
    ResponseEntity<Map<String, String>> refused(DataallException refusal) {
        HttpStatus status = refusal instanceof UnauthorizedOperation ? HttpStatus.FORBIDDEN
                : refusal instanceof ObjectNotFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refusal.code(), "message", refusal.getMessage()));
    }
}
