package io.grantline.cloud.local;

import io.grantline.cloud.PivotRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The local cloud's parts wired as the application wires them, on the test database and a given clock. */
public final class LocalCloud {

    public static final PivotRole PIVOT_ROLE = new PivotRole("dataallPivotRole-cdk", "grantline-test-external-id");
    public static final String TRUST_ACCOUNT = "000000000000";
    public static final URI BASE_URL = URI.create("http://localhost:8080");

    public final JdbcTemplate jdbc;
    public final LocalCloudFaults faults;
    public final LocalAccounts accounts;
    public final LocalAccountAccess accountAccess;
    public final LocalStackDeployer deployer;
    /** Where the buckets' folders are. */
    public final Path bucketsFolder;
    public final LocalBucketFolders buckets;
    public final LocalDatasetBuckets datasetBuckets;
    public final LocalKmsAliases kmsAliases;
    public final LocalGlueCatalog glueCatalog;
    public final LocalGlueCrawlers glueCrawlers;
    public final LocalGlueJobs glueJobs;
    public final LocalTablePreviews tablePreviews;
    public final LocalIam iam;
    public final LocalResourceShareInvitations invitations;
    public final LocalLakeFormation lakeFormation;
    public final LocalGlueSharedDatabases sharedDatabases;
    public final LocalAccessPoints accessPoints;
    public final LocalBucketPolicies bucketPolicies;
    public final LocalKeyPolicies keyPolicies;
    public final LocalManagedPolicies managedPolicies;
    public final LocalAccessCheck accessCheck;

    /** A local cloud whose buckets are folders in a new temporary folder. */
    public LocalCloud(Duration deployTime, Supplier<Instant> now) {
        this(deployTime, now, temporaryFolder());
    }

    public LocalCloud(Duration deployTime, Supplier<Instant> now, Path dataDir) {
        Clock clock = new SuppliedClock(now);
        LocalCloudSettings settings = new LocalCloudSettings(deployTime, TRUST_ACCOUNT);
        jdbc = LocalCloudDatabase.emptied();
        faults = new LocalCloudFaults(jdbc);
        accounts = new LocalAccounts(jdbc, clock);
        accountAccess = new LocalAccountAccess(accounts, faults, PIVOT_ROLE, settings, clock);
        bucketsFolder = dataDir.resolve("local-cloud").resolve("buckets");
        buckets = new LocalBucketFolders(bucketsFolder);
        deployer = new LocalStackDeployer(jdbc, accountAccess, faults, settings, buckets, clock);
        datasetBuckets = new LocalDatasetBuckets(buckets, accountAccess, faults, jdbc, () -> BASE_URL, clock);
        kmsAliases = new LocalKmsAliases(jdbc, accountAccess, faults, clock);
        glueCatalog = new LocalGlueCatalog(jdbc, accountAccess, faults, clock);
        glueCrawlers = new LocalGlueCrawlers(jdbc, accountAccess, faults, glueCatalog, buckets, settings, clock);
        glueJobs = new LocalGlueJobs(jdbc, accountAccess, faults, glueCatalog, buckets, settings, clock);
        tablePreviews = new LocalTablePreviews(accountAccess, faults, glueCatalog, buckets);
        iam = new LocalIam(jdbc, accountAccess, clock);
        invitations = new LocalResourceShareInvitations(jdbc, accountAccess, faults, clock);
        lakeFormation = new LocalLakeFormation(jdbc, accountAccess, faults, invitations, clock);
        sharedDatabases = new LocalGlueSharedDatabases(jdbc, accountAccess, faults, lakeFormation, invitations, clock);
        accessPoints = new LocalAccessPoints(jdbc, accountAccess, faults, buckets, clock);
        bucketPolicies = new LocalBucketPolicies(jdbc, accountAccess, faults, buckets, clock);
        keyPolicies = new LocalKeyPolicies(jdbc, accountAccess, faults, clock);
        managedPolicies = new LocalManagedPolicies(jdbc, accountAccess, faults, iam, clock);
        accessCheck = new LocalAccessCheck(lakeFormation, sharedDatabases, bucketPolicies, accessPoints,
                managedPolicies);
    }

    /** Writes a file into a bucket's folder, as a user dropping files into the bucket would. */
    public Path putFile(String bucketName, String key, String content) {
        Path file = bucketsFolder.resolve(bucketName).resolve(key);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("grantline-local-cloud-");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock that reads the time from elsewhere, such as a test fixture that moves time forward. */
    private static final class SuppliedClock extends Clock {

        private final Supplier<Instant> now;

        SuppliedClock(Supplier<Instant> now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
