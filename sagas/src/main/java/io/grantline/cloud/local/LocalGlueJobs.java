package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueJobs;
import io.grantline.cloud.local.LocalBucketFolders.Location;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Glue jobs in the local cloud (those of deployed stacks); every job is a profiling job. A run profiles the table
 * its arguments (the job's default arguments, overridden by the run's) name ({@code --databaseName}, {@code --tableName}) from the table's files ({@link TableProfile})
 * and writes the results JSON to {@code --resultsBucket} at {@code --resultsKey}, at once; it then shows RUNNING
 * for the configured deploy time, and then SUCCEEDED, or FAILED with the cause (no such table, unreadable files).
 */
public class LocalGlueJobs implements GlueJobs {

    static final String DATABASE_NAME = "--databaseName";
    static final String TABLE_NAME = "--tableName";
    static final String RESULTS_BUCKET = "--resultsBucket";
    static final String RESULTS_KEY = "--resultsKey";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalGlueCatalog catalog;
    private final LocalBucketFolders folders;
    private final LocalCloudSettings settings;
    private final Clock clock;

    public LocalGlueJobs(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                         LocalGlueCatalog catalog, LocalBucketFolders folders, LocalCloudSettings settings,
                         Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.catalog = catalog;
        this.folders = folders;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String start(String accountId, String region, String jobName, Map<String, String> arguments) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.START_JOB_RUN, accountId);
        Map<String, String> given = new TreeMap<>(defaultArguments(accountId, region, jobName)
                .orElseThrow(() -> new CloudResourceNotFoundException("Failed to start job run due to missing "
                        + "metadata: job " + jobName + " not found")));
        if (arguments != null) {
            given.putAll(arguments);
        }
        String runId = "jr_" + HexFormat.of().formatHex(randomBytes());
        String failure = profile(accountId, region, given);
        Instant now = now();
        jdbc.update("""
                insert into local_glue_job_run (run_id, account_id, region, job_name, arguments, final_status, error,
                    started, completes_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                runId, accountId, region, jobName, json(given),
                failure == null ? RunStatus.SUCCEEDED : RunStatus.FAILED, failure, Timestamp.from(now),
                Timestamp.from(now.plus(settings.deployTime())));
        return runId;
    }

    @Override
    public JobRunState state(String accountId, String region, String jobName, String runId) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_JOB_RUN, accountId);
        Run run = jdbc.query("""
                select final_status, error, completes_at from local_glue_job_run
                where run_id = ? and account_id = ? and region = ? and job_name = ?""",
                (rs, row) -> new Run(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                runId, accountId, region, jobName).stream().findFirst()
                .orElseThrow(() -> new CloudResourceNotFoundException("Job run " + runId + " of job " + jobName
                        + " not found"));
        if (now().isBefore(run.completesAt())) {
            return new JobRunState(RunStatus.RUNNING, null);
        }
        return new JobRunState(run.finalStatus(), run.error());
    }

    /** Profiles the table the arguments name and writes the results; answers why it failed, null when it did not. */
    private String profile(String accountId, String region, Map<String, String> arguments) {
        for (String required : new String[]{DATABASE_NAME, TABLE_NAME, RESULTS_BUCKET, RESULTS_KEY}) {
            if (arguments.get(required) == null || arguments.get(required).isBlank()) {
                return "Missing job argument " + required;
            }
        }
        String databaseName = arguments.get(DATABASE_NAME);
        String tableName = arguments.get(TABLE_NAME);
        Optional<CatalogTable> table = catalog.find(accountId, region, databaseName, tableName);
        if (table.isEmpty()) {
            return "Table " + tableName + " not found in database " + databaseName;
        }
        Location location;
        try {
            location = folders.locate(table.get().location());
        } catch (CloudException e) {
            return e.getMessage();
        }
        try {
            TableProfile profile = TableProfile.of(table.get().columns(), DataFiles.under(location.folder()));
            folders.write(arguments.get(RESULTS_BUCKET), arguments.get(RESULTS_KEY), json(profile.results()));
            return null;
        } catch (UnreadableDataException e) {
            return "Cannot read " + folders.uriOf(location.bucketName(), e.file()) + ": " + e.problem();
        } catch (CloudException e) {
            return e.getMessage();
        }
    }

    private Optional<Map<String, String>> defaultArguments(String accountId, String region, String jobName) {
        return jdbc.query("""
                select default_arguments::text from local_glue_job
                where account_id = ? and region = ? and job_name = ?""",
                (rs, row) -> readArguments(rs.getString(1)), accountId, region, jobName).stream().findFirst();
    }

    private static Map<String, String> readArguments(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt default arguments of a local Glue job", e);
        }
    }

    // PostgreSQL keeps microseconds: times compared with stored ones must not be finer.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private record Run(String finalStatus, String error, Instant completesAt) {
    }
}
