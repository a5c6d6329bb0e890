package io.grantline.cloud.local;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.GlueCrawlers;
import io.grantline.cloud.local.LocalBucketFolders.Location;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Glue crawlers in the local cloud (those of deployed stacks). A start crawls the location at once
 * ({@link CrawledTables}) and writes the catalog; the crawler then shows RUNNING for the configured deploy time,
 * and then how the crawl went: SUCCEEDED, or FAILED with the cause (a file it cannot read, a missing bucket or
 * database).
 */
public class LocalGlueCrawlers implements GlueCrawlers {

    // a crawl still RUNNING this long after its time was cut short (the application stopped during it)
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalGlueCatalog catalog;
    private final LocalBucketFolders folders;
    private final LocalCloudSettings settings;
    private final Clock clock;

    public LocalGlueCrawlers(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
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
    public void start(String accountId, String region, String crawlerName, String s3Location) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.START_CRAWLER, accountId);
        Crawler crawler = find(accountId, region, crawlerName).orElseThrow(() -> notFound(crawlerName));
        String location = s3Location == null || s3Location.isBlank() ? crawler.targetPath() : s3Location;
        Instant now = now();
        int claimed = jdbc.update("""
                update local_glue_crawler set target_path = ?, last_status = ?, last_error = null, completes_at = ?
                where account_id = ? and region = ? and crawler_name = ?
                  and (completes_at is null or completes_at <= ?)
                  and (coalesce(last_status, '') <> ? or completes_at <= ?)""",
                location, RunStatus.RUNNING, Timestamp.from(now.plus(settings.deployTime())), accountId, region,
                crawlerName, Timestamp.from(now), RunStatus.RUNNING, Timestamp.from(now.minus(ABANDONED_AFTER)));
        if (claimed == 0) {
            throw new CloudThrottledException("Crawler with name " + crawlerName + " has already started");
        }
        String failure = crawl(accountId, region, crawler.databaseName(), location);
        jdbc.update("""
                update local_glue_crawler set last_status = ?, last_error = ?
                where account_id = ? and region = ? and crawler_name = ?""",
                failure == null ? RunStatus.SUCCEEDED : RunStatus.FAILED, failure, accountId, region, crawlerName);
    }

    @Override
    public CrawlerState state(String accountId, String region, String crawlerName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_CRAWLER, accountId);
        Crawler crawler = find(accountId, region, crawlerName).orElseThrow(() -> notFound(crawlerName));
        if (crawler.completesAt() == null) {
            return new CrawlerState(RunStatus.STARTING, null);
        }
        if (now().isBefore(crawler.completesAt())) {
            return new CrawlerState(RunStatus.RUNNING, null);
        }
        return new CrawlerState(crawler.lastStatus(), crawler.lastError());
    }

    /** Crawls the location into the database; answers why the crawl failed, null when it succeeded. */
    private String crawl(String accountId, String region, String databaseName, String s3Location) {
        if (!catalog.exists(accountId, region, databaseName)) {
            return "Database " + databaseName + " not found";
        }
        Location target;
        try {
            target = folders.locate(s3Location);
        } catch (CloudException e) {
            return e.getMessage();
        }
        try {
            List<CatalogTable> tables = CrawledTables.at(folders, target);
            catalog.recordCrawl(accountId, region, databaseName, folders.locationOf(target.bucketName(),
                    target.folder()), tables);
            return null;
        } catch (UnreadableDataException e) {
            return "Cannot read " + folders.uriOf(target.bucketName(), e.file()) + ": " + e.problem();
        }
    }

    private Optional<Crawler> find(String accountId, String region, String crawlerName) {
        return jdbc.query("""
                select database_name, target_path, last_status, last_error, completes_at from local_glue_crawler
                where account_id = ? and region = ? and crawler_name = ?""",
                (rs, row) -> new Crawler(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
                accountId, region, crawlerName).stream().findFirst();
    }

    // PostgreSQL keeps microseconds: times compared with stored ones must not be finer.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static CloudResourceNotFoundException notFound(String crawlerName) {
        return new CloudResourceNotFoundException("Crawler entry with name " + crawlerName + " does not exist");
    }

    private record Crawler(String databaseName, String targetPath, String lastStatus, String lastError,
                           Instant completesAt) {
    }
}
