package io.grantline.cloud.aws;

import io.grantline.api.dataset.DatasetCloudQueries.TablePreview;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudTimeoutException;
import io.grantline.cloud.TablePreviews;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * Table previews through Athena in the environment account, as the pivot role: {@code SELECT * ... LIMIT n} in the
 * environment's default workgroup (the configured one, {@code primary} unless set, when none is given), polled
 * until it ends, then read back.
 */
public class AwsTablePreviews implements TablePreviews {

    private static final int MAX_PAGE = 1000;

    private final AwsDatasetClients clients;

    public AwsTablePreviews(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public TablePreview preview(String accountId, String region, String databaseName, String tableName,
                                String s3Location, int limit, String workGroup) {
        if (limit < 1) {
            throw new IllegalArgumentException("A preview has at least one row, was asked for " + limit);
        }
        AthenaClient athena = clients.athena(accountId, region);
        String table = identifier(databaseName) + "." + identifier(tableName);
        String chosenWorkGroup = workGroup == null || workGroup.isBlank() ? clients.settings().athenaWorkgroup()
                : workGroup;
        String queryId = start(athena, "SELECT * FROM " + table + " LIMIT " + limit, table, chosenWorkGroup);
        awaitSuccess(athena, queryId, table);
        return results(athena, queryId, table, limit);
    }

    /** A quoted identifier of Athena's SQL, with any quote inside doubled. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private String start(AthenaClient athena, String sql, String table, String workGroup) {
        try {
            return athena.startQueryExecution(request -> request.queryString(sql)
                    .workGroup(workGroup)).queryExecutionId();
        } catch (SdkException e) {
            throw AwsErrors.translate("athena:StartQueryExecution on " + table, e);
        }
    }

    private void awaitSuccess(AthenaClient athena, String queryId, String table) {
        int looks = clients.settings().queryMaxPolls();
        for (int look = 1; look <= looks; look++) {
            QueryExecutionStatus status = status(athena, queryId, table);
            String state = status.stateAsString();
            if ("SUCCEEDED".equals(state)) {
                return;
            }
            if ("FAILED".equals(state) || "CANCELLED".equals(state)) {
                throw failure(status, table);
            }
            if (look < looks) {
                pause();
            }
        }
        stop(athena, queryId);
        throw new CloudTimeoutException("athena: the preview query " + queryId + " on " + table
                + " did not end after " + looks + " looks; it was stopped");
    }

    private static QueryExecutionStatus status(AthenaClient athena, String queryId, String table) {
        try {
            return athena.getQueryExecution(request -> request.queryExecutionId(queryId)).queryExecution().status();
        } catch (SdkException e) {
            throw AwsErrors.translate("athena:GetQueryExecution " + queryId + " on " + table, e);
        }
    }

    private static RuntimeException failure(QueryExecutionStatus status, String table) {
        String reason = status.stateChangeReason() == null ? "the query ended " + status.stateAsString()
                : status.stateChangeReason();
        String message = "athena: the preview of " + table + " failed: " + reason;
        if (reason.contains("TABLE_NOT_FOUND") || reason.contains("SCHEMA_NOT_FOUND")
                || reason.contains("does not exist")) {
            return new CloudResourceNotFoundException(message);
        }
        return new CloudRequestFailedException(message);
    }

    private void pause() {
        try {
            Thread.sleep(clients.settings().queryPollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudTimeoutException("Interrupted while waiting for an Athena preview query", e);
        }
    }

    private static void stop(AthenaClient athena, String queryId) {
        try {
            athena.stopQueryExecution(request -> request.queryExecutionId(queryId));
        } catch (SdkException e) {
            // the query may have ended meanwhile; the timeout is what the caller must hear about
        }
    }

    /** Athena's first row of a SELECT's results repeats the column names: it is the header, not data. */
    private static TablePreview results(AthenaClient athena, String queryId, String table, int limit) {
        List<ColumnInfo> columns = null;
        List<String> rows = new ArrayList<>();
        boolean header = true;
        try {
            for (GetQueryResultsResponse page : athena.getQueryResultsPaginator(request -> request
                    .queryExecutionId(queryId).maxResults(Math.min(limit + 1, MAX_PAGE)))) {
                if (columns == null) {
                    columns = page.resultSet().resultSetMetadata().columnInfo();
                }
                for (Row row : page.resultSet().rows()) {
                    if (header) {
                        header = false;
                    } else if (rows.size() < limit) {
                        rows.add(AthenaRows.json(row, columns));
                    }
                }
                if (rows.size() >= limit) {
                    break;
                }
            }
        } catch (SdkException e) {
            throw AwsErrors.translate("athena:GetQueryResults " + queryId + " on " + table, e);
        }
        List<String> fields = columns == null ? List.of() : columns.stream().map(ColumnInfo::name).toList();
        return new TablePreview(fields, rows);
    }
}
